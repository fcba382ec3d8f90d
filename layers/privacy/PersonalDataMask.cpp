#include "privacy/PersonalDataMask.h"

#include "auth/Operator.h"
#include "base/Error.h"
#include "privacy/AuditLog.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace rc {

namespace {

/// Two-character surnames (复姓) in current use; a name that starts with one keeps both.
bool startsWithCompoundSurname(QStringView name)
{
  static const QStringList surnames{
      u"欧阳"_s, u"司马"_s, u"上官"_s, u"诸葛"_s, u"东方"_s, u"皇甫"_s, u"令狐"_s, u"慕容"_s, u"尉迟"_s,
      u"公孙"_s, u"长孙"_s, u"宇文"_s, u"司徒"_s, u"司空"_s, u"夏侯"_s, u"轩辕"_s, u"端木"_s, u"独孤"_s,
      u"南宫"_s, u"西门"_s, u"百里"_s, u"呼延"_s, u"澹台"_s, u"公冶"_s, u"太史"_s, u"申屠"_s, u"闻人"_s,
      u"万俟"_s, u"赫连"_s, u"钟离"_s, u"宗政"_s, u"濮阳"_s, u"淳于"_s, u"单于"_s, u"东郭"_s, u"拓跋"_s,
      u"第五"_s, u"左丘"_s, u"谷梁"_s, u"仲孙"_s, u"叔孙"_s, u"亓官"_s, u"司寇"_s, u"巫马"_s, u"乐正"_s};
  for (const QString &surname : surnames)
    if (name.startsWith(surname))
      return true;
  return false;
}

QString stars(qsizetype count)
{
  return QString(count, u'*');
}

} // namespace

QString PersonalDataMask::maskPhone(QStringView phone)
{
  const QString text = phone.trimmed().toString();
  if (text.isEmpty())
    return {};
  QString digits;
  for (const QChar c : text)
    if (c.isDigit())
      digits += c;
  // +86 / 0086 country prefixes are not personal; keep them out of the count.
  QString prefix;
  if (digits.size() > 11 && (digits.startsWith(u"86"_s) || digits.startsWith(u"0086"_s)) &&
      digits.right(11).startsWith(u'1')) {
    prefix = u"+86 "_s;
    digits = digits.right(11);
  }
  if (digits.size() == 11 && digits.startsWith(u'1'))
    return prefix + digits.left(3) + stars(4) + digits.right(4);
  // Landlines: "0591-87654321" keeps the area code before the separator and the last 4 digits.
  const qsizetype separator = text.lastIndexOf(u'-');
  if (separator > 0 && digits.size() > 4) {
    QString areaCode;
    for (const QChar c : text.left(separator))
      if (c.isDigit())
        areaCode += c;
    const qsizetype local = digits.size() - areaCode.size();
    if (local > 4)
      return areaCode + u'-' + stars(local - 4) + digits.right(4);
  }
  if (digits.size() > 4)
    return stars(digits.size() - 4) + digits.right(4);
  return stars(text.size());
}

QString PersonalDataMask::maskIdNumber(QStringView idNumber)
{
  const QString text = idNumber.trimmed().toString().toUpper();
  if (text.isEmpty())
    return {};
  // 18 characters (17 digits and a check character 0-9/X) or the old 15 digits.
  if (text.size() == 18 || text.size() == 15)
    return text.left(6) + stars(text.size() - 10) + text.right(4);
  // Not an ID number we know: show nothing of it but its length.
  return stars(text.size());
}

QString PersonalDataMask::maskName(QStringView name)
{
  const QString text = name.trimmed().toString();
  if (text.isEmpty())
    return {};
  const bool latin = text.contains(u' ') || (text.front().unicode() < 0x2E80);
  if (latin) {
    // "Li Wei", "John Smith": keep the first letter of each word.
    QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    for (QString &word : words)
      word = word.left(1) + stars(word.size() - 1);
    return words.join(u' ');
  }
  const qsizetype kept = text.size() >= 3 && startsWithCompoundSurname(text) ? 2 : 1;
  if (text.size() <= kept)
    return text.left(1) + stars(text.size() - 1);
  return text.left(kept) + stars(text.size() - kept);
}

PersonalField PersonalDataMask::fieldKind(QStringView fieldName)
{
  const QString name = fieldName.toString().toLower();
  static const QStringList phones{u"reporter_phone"_s, u"staff_phone"_s,   u"resident_phone"_s,
                                  u"contact_phone"_s,  u"phone"_s,         u"mobile"_s,
                                  u"telephone"_s,      u"assignee_phone"_s};
  static const QStringList ids{u"id_number"_s, u"id_card"_s, u"reporter_id_number"_s, u"resident_id_number"_s,
                               u"sfzh"_s};
  static const QStringList names{u"reporter_name"_s, u"staff_name"_s,    u"resident_name"_s,
                                 u"contact_name"_s,  u"assignee_name"_s, u"householder"_s};
  if (phones.contains(name))
    return PersonalField::Phone;
  if (ids.contains(name))
    return PersonalField::IdNumber;
  if (names.contains(name))
    return PersonalField::Name;
  return PersonalField::None;
}

QString PersonalDataMask::mask(PersonalField kind, QStringView value)
{
  switch (kind) {
  case PersonalField::Phone:
    return maskPhone(value);
  case PersonalField::IdNumber:
    return maskIdNumber(value);
  case PersonalField::Name:
    return maskName(value);
  case PersonalField::None:
    break;
  }
  return value.toString();
}

QString PersonalDataMask::display(QStringView fieldName, const QString &value)
{
  const PersonalField kind = fieldKind(fieldName);
  return kind == PersonalField::None ? value : mask(kind, value);
}

QString PersonalDataAccess::unmask(const Operator &by, const QString &reason, const PersonalRecord &record,
                                   const QString &field, const QString &value)
{
  if (!by.canUnmask())
    throw Error(Error::Code::PermissionDenied,
                tr("%1 may not see personal data in clear; ask an operator or a supervisor")
                    .arg(by.name.isEmpty() ? by.id : by.name));
  if (reason.trimmed().isEmpty())
    throw Error(Error::Code::InvalidInput, tr("give a reason for showing personal data in clear"));
  if (!PersonalDataMask::isPersonal(field))
    throw Error(Error::Code::InvalidInput, tr("the field “%1” holds no personal data").arg(field));
  AuditRecord entry;
  entry.actor = by.id;
  entry.action = AuditAction::Unmask;
  entry.subject = record.source;
  entry.recordId = record.id;
  entry.field = field;
  entry.note = reason.trimmed();
  m_audit.append(entry);
  return value;
}

} // namespace rc
