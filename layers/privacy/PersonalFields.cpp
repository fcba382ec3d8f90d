#include "privacy/PersonalFields.h"

#include "data/FeatureStore.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rc {

namespace {

bool isMobileNumber(QStringView value)
{
  static const QRegularExpression mobile(u"^(?:\\+?86[ -]?)?1[3-9]\\d{9}$"_s);
  return mobile.match(value.toString()).hasMatch();
}

/// GB 11643: 17 digits and a check character from the ISO 7064 MOD 11-2 checksum.
bool isIdNumber(QStringView value)
{
  if (value.size() != 18)
    return false;
  static constexpr int kWeights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  int sum = 0;
  for (int i = 0; i < 17; ++i) {
    if (!value[i].isDigit() || value[i].unicode() > u'9')
      return false;
    sum += (value[i].unicode() - u'0') * kWeights[i];
  }
  static constexpr char16_t kCheck[11] = {u'1', u'0', u'X', u'9', u'8', u'7', u'6', u'5', u'4', u'3', u'2'};
  return value[17].toUpper() == QChar(kCheck[sum % 11]);
}

/// The values of a column worth looking at: up to kSampleSize spread over the layer.
QStringList sampleValues(const FeatureStore &store, int field)
{
  QStringList values;
  if (store.fields()[field].type == FieldType::Real)
    return values;
  const std::size_t count = store.featureCount();
  const std::size_t step = std::max<std::size_t>(1, count / PersonalFields::kSampleSize);
  for (std::size_t f = 0; f < count && std::size_t(values.size()) < PersonalFields::kSampleSize; f += step)
    if (!store.isNull(f, field))
      values << store.text(f, field);
  return values;
}

} // namespace

PersonalField PersonalFields::kindOfValues(const QStringList &values)
{
  std::size_t seen = 0, mobiles = 0, ids = 0;
  for (const QString &text : values) {
    const QString value = text.trimmed();
    if (value.isEmpty())
      continue;
    ++seen;
    mobiles += isMobileNumber(value) ? 1 : 0;
    ids += isIdNumber(value) ? 1 : 0;
  }
  // Half is enough: a phone column with landlines and gaps is still a phone column.
  if (seen > 0 && 2 * mobiles >= seen)
    return PersonalField::Phone;
  if (seen > 0 && 2 * ids >= seen)
    return PersonalField::IdNumber;
  return PersonalField::None;
}

PersonalField PersonalFields::kindOf(const Field &field, const QStringList &values, const QStringList &listed)
{
  PersonalField kind = PersonalDataMask::fieldKind(field.name);
  if (kind == PersonalField::None && !field.alias.isEmpty())
    kind = PersonalDataMask::fieldKind(field.alias);
  if (kind == PersonalField::None)
    kind = kindOfValues(values);
  if (kind == PersonalField::None && listed.contains(field.name, Qt::CaseInsensitive))
    kind = PersonalField::Other;
  return kind;
}

PersonalFields PersonalFields::classify(const FeatureStore &store, const QStringList &listed)
{
  PersonalFields result;
  const Fields &fields = store.fields();
  result.m_kinds.resize(std::size_t(fields.size()), PersonalField::None);
  for (int f = 0; f < fields.size(); ++f)
    result.m_kinds[std::size_t(f)] = kindOf(fields[f], sampleValues(store, f), listed);
  return result;
}

bool PersonalFields::isEmpty() const
{
  return std::all_of(m_kinds.begin(), m_kinds.end(),
                     [](PersonalField kind) { return kind == PersonalField::None; });
}

std::shared_ptr<const FeatureStore>
PersonalFields::mask(const std::shared_ptr<const FeatureStore> &store) const
{
  if (!store)
    return store;
  std::vector<MaskedColumn> columns;
  for (int f = 0; f < int(m_kinds.size()) && f < store->fields().size(); ++f) {
    if (!isPersonal(f) || store->isMasked(f))
      continue;
    MaskedColumn column{f, {}};
    column.values.reserve(store->featureCount());
    for (std::size_t feature = 0; feature < store->featureCount(); ++feature)
      column.values.push_back(PersonalDataMask::mask(kind(f), store->text(feature, f)));
    columns.push_back(std::move(column));
  }
  return columns.empty() ? store : store->withMaskedColumns(columns);
}

std::shared_ptr<const FeatureStore> PersonalFields::masked(const std::shared_ptr<const FeatureStore> &store,
                                                           const QStringList &listed)
{
  return store ? classify(*store, listed).mask(store) : store;
}

} // namespace rc
