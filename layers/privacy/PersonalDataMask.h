#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringView>

namespace rc {

class AuditLog;
class UnmaskAuthority;
struct Operator;

/// The kinds of personal data the operations center holds about reporters, residents and staff.
/// Other: a field the project lists as personal whose kind is unknown; masked in full.
enum class PersonalField : quint8 { None, Phone, IdNumber, Name, Other };

/// Masks personal data for display, tables, exports and screenshots, the way Chinese government
/// systems commonly do: mobile numbers keep the first 3 and last 4 digits (138****5678), other
/// numbers their area code and last 4; resident ID numbers (GB 11643, 18 or 15 characters) keep
/// the 6-digit region code and the last 4; names keep the surname, compound ones included
/// (张*, 欧阳**). Pure functions, safe from any thread.
class PersonalDataMask
{
public:
  [[nodiscard]] static QString maskPhone(QStringView phone);
  [[nodiscard]] static QString maskIdNumber(QStringView idNumber);
  [[nodiscard]] static QString maskName(QStringView name);

  /// Which kind of personal data a field holds, by its name in Chinese or English: 联系电话, 手机,
  /// 姓名, 身份证号, phone_number, tel, staff_phone, reporter, staff_name, id_number, ...; None
  /// for every other field ("name" alone names places, not people). Masking is idempotent:
  /// masking a masked value gives it back unchanged.
  [[nodiscard]] static PersonalField fieldKind(QStringView fieldName);
  [[nodiscard]] static bool isPersonal(QStringView fieldName)
  {
    return fieldKind(fieldName) != PersonalField::None;
  }
  [[nodiscard]] static QString mask(PersonalField kind, QStringView value);
  /// What a view, table or export shows for one field's value: masked when the field is personal,
  /// the value itself otherwise. Empty values stay empty.
  [[nodiscard]] static QString display(QStringView fieldName, const QString &value);
};

/// Where a personal value comes from, for the audit record of an unmask: a layer's feature
/// ("grids", fid 42) or a case ("case", id 7).
struct PersonalRecord
{
  QString source;
  qint64 id = 0;
};

/// Shows personal data in clear to those allowed: the authority (the role file, or the database
/// role) and the operator's role must permit it, a reason is required, and each unmask is
/// appended to the audit trail before the value is handed out. Lends the audit trail and the
/// authority; used on the trail's thread.
class PersonalDataAccess
{
  Q_DECLARE_TR_FUNCTIONS(rc::PersonalDataAccess)

public:
  PersonalDataAccess(AuditLog &audit, const UnmaskAuthority &authority)
      : m_audit(audit), m_authority(authority)
  {}

  /// Returns `value` in clear after recording who saw which field of which record and why; the
  /// field is one the layer's PersonalFields classify as personal. Throws Error(PermissionDenied)
  /// when the authority or the role says no, Error(InvalidInput) for an empty reason or field,
  /// Error(Storage) when the record cannot be written (and then shows nothing).
  [[nodiscard]] QString unmask(const Operator &by, const QString &reason, const PersonalRecord &record,
                               const QString &field, const QString &value);

private:
  AuditLog &m_audit;
  const UnmaskAuthority &m_authority;
};

} // namespace rc
