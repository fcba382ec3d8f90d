#include "demo/NameMaker.h"

#include <array>

using namespace Qt::StringLiterals;

namespace rc::demo {

NameMaker::NameMaker(const SeedTables &tables)
    : m_villageFirst(tables.words(u"village_first"_s)), m_villageSecond(tables.words(u"village_second"_s)),
      m_urbanFirst(tables.words(u"urban_first"_s)), m_urbanSecond(tables.words(u"urban_second"_s)),
      m_roadMajor(tables.words(u"road_major"_s)), m_roadMinor(tables.words(u"road_minor"_s)),
      m_compoundSuffix(tables.words(u"compound_suffix"_s)), m_tradeChars(tables.words(u"brand_chars"_s)),
      m_givenChars(tables.words(u"given_chars"_s))
{
  std::vector<double> weights;
  for (const SeedTables::Surname &s : tables.surnames) {
    m_surnames << s.name;
    weights.push_back(s.weight);
  }
  m_surnameCumulative = DemoRandom::cumulative(weights);
}

QString NameMaker::villageName(DemoRandom &random) const
{
  // One draw per statement: the order of operands of + is unspecified.
  const QString first = random.pick(m_villageFirst);
  return first + random.pick(m_villageSecond);
}

QString NameMaker::urbanName(DemoRandom &random) const
{
  QString first = random.pick(m_urbanFirst), second = random.pick(m_urbanSecond);
  while (second == first)
    second = random.pick(m_urbanSecond);
  return first + second;
}

QString NameMaker::roadName(DemoRandom &random, bool major) const
{
  const QString stem = urbanName(random);
  return stem + random.pick(major ? m_roadMajor : m_roadMinor);
}

QString NameMaker::compoundName(DemoRandom &random) const
{
  const QString stem = urbanName(random);
  return stem + random.pick(m_compoundSuffix);
}

QString NameMaker::personName(DemoRandom &random) const
{
  QString name = m_surnames[random.weighted(m_surnameCumulative)];
  name += random.pick(m_givenChars);
  if (random.chance(0.7))
    name += random.pick(m_givenChars);
  return name;
}

QString NameMaker::mobilePhone(DemoRandom &random) const
{
  static constexpr std::array<int, 30> kPrefixes{130, 131, 132, 133, 134, 135, 136, 137, 138, 139,
                                                 150, 151, 152, 153, 155, 156, 157, 158, 159, 177,
                                                 180, 181, 182, 183, 185, 186, 187, 188, 189, 199};
  QString phone = QString::number(random.pick(kPrefixes));
  for (int i = 0; i < 8; ++i)
    phone += QChar(char16_t(u'0' + random.below(10)));
  return phone;
}

QString NameMaker::tradeName(DemoRandom &random) const
{
  QString first = random.pick(m_tradeChars), second = random.pick(m_tradeChars);
  while (second == first)
    second = random.pick(m_tradeChars);
  return first + second;
}

} // namespace rc::demo
