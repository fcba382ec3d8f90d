#pragma once

#include "data/Field.h"
#include "privacy/PersonalDataMask.h"

#include <QStringList>

#include <memory>
#include <vector>

namespace rc {

class FeatureStore;

/// Which fields of one layer hold personal data, decided once per layer when its features are
/// read: by the field's name or alias (PersonalDataMask::fieldKind), by its values (11-digit mobile numbers,
/// text or integer; 18-character resident ID numbers with a valid check character) and by the project's
/// explicit list for the layer. mask() then gives the store every output path reads: labels,
/// styles and legends, filters, identify, tables, exports, layouts, the command line. A plain
/// value, safe from any thread.
class PersonalFields
{
public:
  /// Values looked at per column for the value patterns; enough to tell a column's content.
  static constexpr std::size_t kSampleSize = 512;

  /// Classifies the store's fields; `listed` names the fields the project declares personal
  /// (compared without case), masked by their kind when known and in full otherwise.
  [[nodiscard]] static PersonalFields classify(const FeatureStore &store, const QStringList &listed = {});
  /// The kind of one field from its name, its alias, a sample of its values (as text) and the
  /// project's list: for readers that hold rows, not a store (`rongcheng info --sample`).
  [[nodiscard]] static PersonalField kindOf(const Field &field, const QStringList &values,
                                            const QStringList &listed = {});
  /// Phone when at least half the non-empty values are mobile numbers, IdNumber when ID numbers.
  [[nodiscard]] static PersonalField kindOfValues(const QStringList &values);

  [[nodiscard]] PersonalField kind(int field) const
  {
    return field >= 0 && std::size_t(field) < m_kinds.size() ? m_kinds[std::size_t(field)]
                                                             : PersonalField::None;
  }
  [[nodiscard]] bool isPersonal(int field) const { return kind(field) != PersonalField::None; }
  [[nodiscard]] bool isEmpty() const;

  /// The store with each personal column holding its masked text (FeatureStore::withMaskedColumns);
  /// `store` itself when no field is personal. Columns masked already stay as they are.
  [[nodiscard]] std::shared_ptr<const FeatureStore>
  mask(const std::shared_ptr<const FeatureStore> &store) const;
  /// classify() and mask() in one: what a layer keeps of the features it read.
  [[nodiscard]] static std::shared_ptr<const FeatureStore>
  masked(const std::shared_ptr<const FeatureStore> &store, const QStringList &listed = {});

private:
  std::vector<PersonalField> m_kinds; ///< per field of the classified store
};

} // namespace rc
