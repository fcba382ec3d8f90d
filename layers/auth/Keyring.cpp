#include "auth/Keyring.h"

#include <QEventLoop>

#include <qt6keychain/keychain.h>

namespace rc {

namespace {

/// Runs a keyring job to its end.
void finish(QKeychain::Job &job)
{
  job.setAutoDelete(false);
  QEventLoop loop;
  QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
  job.start();
  loop.exec();
}

} // namespace

std::optional<QString> Keyring::read(const QString &service, const QString &key)
{
  QKeychain::ReadPasswordJob job(service);
  job.setKey(key);
  finish(job);
  if (job.error() != QKeychain::NoError)
    return std::nullopt;
  return job.textData();
}

bool Keyring::write(const QString &service, const QString &key, const QString &secret, QString *error)
{
  QKeychain::WritePasswordJob job(service);
  job.setKey(key);
  job.setTextData(secret);
  finish(job);
  if (job.error() == QKeychain::NoError)
    return true;
  if (error)
    *error = job.errorString();
  return false;
}

bool Keyring::remove(const QString &service, const QString &key, QString *error)
{
  QKeychain::DeletePasswordJob job(service);
  job.setKey(key);
  finish(job);
  if (job.error() == QKeychain::NoError || job.error() == QKeychain::EntryNotFound)
    return true;
  if (error)
    *error = job.errorString();
  return false;
}

} // namespace rc
