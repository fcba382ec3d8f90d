#include "live/LiveService.h"

namespace rc {

LiveService::LiveService(LiveSettings settings, std::shared_ptr<const StationCatalog> catalog,
                         QObject *parent)
    : QObject(parent), m_settings(std::move(settings)), m_catalog(std::move(catalog)), m_tick(this)
{
  m_tick.setInterval(m_settings.tickInterval);
  connect(&m_tick, &QTimer::timeout, this, [this] { m_alarms->tick(QDateTime::currentDateTimeUtc()); });
}

LiveService::~LiveService()
{
  stop();
}

void LiveService::start()
{
  m_writer = std::make_unique<ReadingWriter>(m_settings.readingsDatabase);
  m_alarms = std::make_unique<AlarmEngine>(std::make_unique<AlarmStore>(m_settings.alarmsDatabase), m_catalog,
                                           m_settings.policy);
  m_alarms->restore();
  connect(m_alarms.get(), &AlarmEngine::alarmRaised, this, &LiveService::alarmRaised);
  connect(m_alarms.get(), &AlarmEngine::alarmChanged, this, &LiveService::alarmChanged);
  m_pipeline = std::make_unique<ReadingPipeline>(*m_writer, *m_alarms);
  connect(m_pipeline.get(), &ReadingPipeline::judged, this, &LiveService::readingsAccepted);

  if (m_settings.mqtt) {
    m_mqtt = new MqttFeed(*m_settings.mqtt, m_catalog, this);
    connect(m_mqtt, &MqttFeed::readingsReceived, m_pipeline.get(), &ReadingPipeline::submit);
    connect(m_mqtt, &MqttFeed::statusChanged, this, &LiveService::feedStatusChanged);
    m_mqtt->start();
  }
  if (m_settings.hj212) {
    m_hj212 = new Hj212TcpServer(*m_settings.hj212, m_catalog, this);
    connect(m_hj212, &Hj212TcpServer::readingsReceived, m_pipeline.get(), &ReadingPipeline::submit);
    connect(m_hj212, &Hj212TcpServer::statusChanged, this, &LiveService::feedStatusChanged);
    m_hj212->start();
  }
  m_tick.start();
}

void LiveService::stop()
{
  m_tick.stop();
  if (m_mqtt)
    m_mqtt->stop();
  if (m_hj212)
    m_hj212->stop();
  sync();
}

void LiveService::sync()
{
  if (m_pipeline)
    m_pipeline->sync();
}

QList<FeedStatus> LiveService::feedStatuses() const
{
  QList<FeedStatus> statuses;
  if (m_mqtt)
    statuses << m_mqtt->status();
  if (m_hj212)
    statuses << m_hj212->status();
  return statuses;
}

quint16 LiveService::hj212Port() const
{
  return m_hj212 ? m_hj212->port() : 0;
}

qint64 LiveService::storedCount() const
{
  return m_pipeline ? m_pipeline->storedCount() : 0;
}

} // namespace rc
