#include "postgis/PostgisChangeFeed.h"

#include "postgis/PostgisListener.h"

using namespace Qt::StringLiterals;

namespace rc {

PostgisChangeFeed::PostgisChangeFeed(const QString &source, const QString &channel, QObject *parent)
    : QObject(parent), m_listener(new PostgisListener(source, channel))
{
  m_thread.setObjectName(u"PostgisChangeFeed"_s);
  m_listener->moveToThread(&m_thread);
  connect(&m_thread, &QThread::finished, m_listener, &QObject::deleteLater);
  connect(m_listener, &PostgisListener::notified, this, &PostgisChangeFeed::notified);
  connect(m_listener, &PostgisListener::listening, this, &PostgisChangeFeed::listening);
  connect(m_listener, &PostgisListener::connectionLost, this, &PostgisChangeFeed::connectionLost);
  m_thread.start();
  QMetaObject::invokeMethod(m_listener, &PostgisListener::start);
}

PostgisChangeFeed::~PostgisChangeFeed()
{
  m_thread.quit();
  m_thread.wait();
}

} // namespace rc
