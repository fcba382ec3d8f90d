#include "privacy/AuditLog.h"

#include <array>
#include <utility>

namespace rc {

namespace {

constexpr std::array<std::pair<AuditAction, const char16_t *>, 5> kActionKeys{{
    {AuditAction::Intake, u"intake"},
    {AuditAction::Edit, u"edit"},
    {AuditAction::Transition, u"transition"},
    {AuditAction::Undo, u"undo"},
    {AuditAction::Unmask, u"unmask"},
}};

} // namespace

QString auditActionKey(AuditAction action)
{
  for (const auto &[value, key] : kActionKeys)
    if (value == action)
      return QString::fromUtf16(key);
  return {};
}

std::optional<AuditAction> auditActionFromKey(const QString &key)
{
  for (const auto &[value, name] : kActionKeys)
    if (key == QStringView(name))
      return value;
  return std::nullopt;
}

} // namespace rc
