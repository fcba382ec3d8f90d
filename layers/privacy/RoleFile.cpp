#include "privacy/RoleFile.h"

#include <QFile>
#include <QFileInfo>

#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace rc {

namespace {

std::optional<OperatorRole> roleFromKey(QStringView key)
{
  if (key == u"visitor")
    return OperatorRole::Visitor;
  if (key == u"grid_staff")
    return OperatorRole::GridStaff;
  if (key == u"operator")
    return OperatorRole::Operator;
  if (key == u"supervisor")
    return OperatorRole::Supervisor;
  return std::nullopt;
}

/// Why a path an operator could have written is not to be trusted; empty when it is safe.
QString unsafe(const QString &path, uid_t trustedOwner, bool folder)
{
  struct stat info
  {
  };
  if (::lstat(QFile::encodeName(path).constData(), &info) != 0)
    return RoleFile::tr("%1 does not exist").arg(path);
  if (folder ? !S_ISDIR(info.st_mode) : !S_ISREG(info.st_mode))
    return RoleFile::tr("%1 is not a plain %2")
        .arg(path, folder ? RoleFile::tr("folder") : RoleFile::tr("file"));
  if (info.st_uid != trustedOwner)
    return RoleFile::tr("%1 is not owned by %2")
        .arg(path, trustedOwner == 0 ? u"root"_s : QString::number(trustedOwner));
  if ((info.st_mode & (S_IWGRP | S_IWOTH)) != 0)
    return RoleFile::tr("%1 may be written by others than its owner").arg(path);
  return {};
}

} // namespace

RoleFile::RoleFile(const QString &path, uid_t trustedOwner) : m_path(path)
{
  m_problem = unsafe(QFileInfo(path).absolutePath(), trustedOwner, true);
  if (m_problem.isEmpty())
    m_problem = unsafe(path, trustedOwner, false);
  if (!m_problem.isEmpty())
    return;
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly)) {
    m_problem = tr("%1 is not readable").arg(path);
    return;
  }
  while (!file.atEnd()) {
    QString line = QString::fromUtf8(file.readLine());
    line = line.left(line.indexOf(u'#')).trimmed();
    const QStringList parts = line.split(QChar(u' '), Qt::SkipEmptyParts);
    if (parts.size() != 2)
      continue;
    if (const auto role = roleFromKey(parts[1]))
      m_roles.insert(parts[0], *role);
  }
}

QString RoleFile::systemLogin()
{
  // getpwuid_r: the user database's name for this process's real user.
  struct passwd entry
  {
  };
  struct passwd *found = nullptr;
  char buffer[4096];
  if (::getpwuid_r(::getuid(), &entry, buffer, sizeof buffer, &found) != 0 || !found)
    return {};
  return QString::fromLocal8Bit(found->pw_name);
}

OperatorRole RoleFile::role(const QString &login) const
{
  return m_roles.value(login, OperatorRole::Visitor);
}

QString RoleFile::refusal(const Operator &who) const
{
  if (!isTrusted())
    return tr("Personal data stays masked: the role file cannot be trusted (%1)").arg(m_problem);
  const OperatorRole listed = role(who.id);
  if (who.id.isEmpty() || (listed != OperatorRole::Operator && listed != OperatorRole::Supervisor))
    return tr("%1 is not listed as an operator or a supervisor in %2, so personal data stays masked")
        .arg(who.id.isEmpty() ? tr("This account") : who.id, m_path);
  return {};
}

} // namespace rc
