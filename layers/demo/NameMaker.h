#pragma once

#include "demo/DemoRandom.h"
#include "demo/SeedTables.h"

#include <QSet>
#include <QString>

#include <vector>

namespace rc::demo {

/// Makes the demo's names and contact details from the seed word lists: villages, communities,
/// roads, residential compounds, people, phone numbers and company trade names. Holds only the
/// lists; every call draws from the caller's stream. Read-only, so any stage may share one.
class NameMaker
{
public:
  explicit NameMaker(const SeedTables &tables);

  [[nodiscard]] QString villageName(DemoRandom &random) const;
  [[nodiscard]] QString urbanName(DemoRandom &random) const;
  /// "<two characters><suffix>": a major road (路, 大道) or a minor one (街, 巷, 里, 弄 …).
  [[nodiscard]] QString roadName(DemoRandom &random, bool major) const;
  [[nodiscard]] QString compoundName(DemoRandom &random) const;
  [[nodiscard]] QString personName(DemoRandom &random) const;
  /// An 11-digit mobile number with a real operator prefix; made up, never looked up.
  [[nodiscard]] QString mobilePhone(DemoRandom &random) const;
  /// A two-character trade name (字号) for a company.
  [[nodiscard]] QString tradeName(DemoRandom &random) const;

  /// `make()` until it gives a name not in `used` (then adds it there); after a few misses, the
  /// last try gets a number appended, so the loop always ends.
  template<typename Make> static QString unique(QSet<QString> &used, Make make)
  {
    QString name;
    for (int attempt = 0; attempt < 40; ++attempt) {
      name = make();
      if (!used.contains(name)) {
        used.insert(name);
        return name;
      }
    }
    for (int n = 2;; ++n) {
      const QString numbered = name + QString::number(n);
      if (!used.contains(numbered)) {
        used.insert(numbered);
        return numbered;
      }
    }
  }

private:
  QStringList m_villageFirst, m_villageSecond, m_urbanFirst, m_urbanSecond;
  QStringList m_roadMajor, m_roadMinor, m_compoundSuffix, m_tradeChars, m_givenChars;
  QStringList m_surnames;
  std::vector<double> m_surnameCumulative;
};

} // namespace rc::demo
