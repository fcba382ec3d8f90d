#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringView>

namespace rc {

class AuditLog;
struct Operator;

/// The kinds of personal data the operations center holds about reporters, residents and staff.
enum class PersonalField : quint8 { None, Phone, IdNumber, Name };

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

  /// Which kind of personal data a field of ours holds, by its name: reporter_phone, staff_phone,
  /// reporter_name, staff_name, id_number, ... ; None for every other field.
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

/// Shows personal data in clear to those allowed: the operator's role must permit it, a reason is
/// required, and each unmask is appended to the audit trail before the value is handed out.
/// Lends the audit trail; used on the trail's thread.
class PersonalDataAccess
{
  Q_DECLARE_TR_FUNCTIONS(rc::PersonalDataAccess)

public:
  explicit PersonalDataAccess(AuditLog &audit) : m_audit(audit) {}

  /// Returns `value` in clear after recording who saw which field of which record and why.
  /// Throws Error(PermissionDenied) for a role that may not unmask, Error(InvalidInput) for
  /// an empty reason or a field that is not personal, Error(Storage) when the record cannot be
  /// written (and then shows nothing).
  [[nodiscard]] QString unmask(const Operator &by, const QString &reason, const PersonalRecord &record,
                               const QString &field, const QString &value);

private:
  AuditLog &m_audit;
};

} // namespace rc
