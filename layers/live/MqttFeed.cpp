#include "live/MqttFeed.h"

#include "live/Sl323JsonDecoder.h"

#include <mosquitto.h>

using namespace Qt::StringLiterals;

namespace rc {

namespace {

bool isCompleteWithoutLineEnd(QByteArrayView frame)
{
  if (frame.size() < 10 || !frame.startsWith("##"))
    return false;
  const QByteArrayView digits = frame.sliced(2, 4);
  if (!std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; }))
    return false;
  return frame.size() == 10 + digits.toInt();
}

} // namespace

MqttFeed::MqttFeed(const MqttFeedSettings &settings, std::shared_ptr<const StationCatalog> catalog,
                   QObject *parent)
    : QObject(parent), m_settings(settings),
      m_counter(u"mqtt %1:%2"_s.arg(settings.broker.host).arg(settings.broker.port)), m_validator(catalog),
      m_hj212(catalog, m_counter)
{
  m_settings.broker.subscriptions = m_settings.hydroTopics + m_settings.hj212Topics;
  m_client = new MqttClient(m_settings.broker, this);
  connect(m_client, &MqttClient::connected, this, [this] {
    if (m_everConnected)
      m_counter.reconnected();
    m_everConnected = true;
    m_counter.setState(FeedStatus::State::Connected);
    emit statusChanged(status());
  });
  connect(m_client, &MqttClient::disconnected, this, [this](const QString &reason) {
    m_counter.setState(FeedStatus::State::Reconnecting, reason);
    emit statusChanged(status());
  });
  connect(m_client, &MqttClient::messageReceived, this, &MqttFeed::onMessage);
}

void MqttFeed::start()
{
  m_counter.setState(FeedStatus::State::Connecting);
  if (!m_client->start())
    m_counter.setState(FeedStatus::State::Stopped, m_client->errorString());
  emit statusChanged(status());
}

void MqttFeed::stop()
{
  m_client->stop();
  m_counter.setState(FeedStatus::State::Stopped);
  emit statusChanged(status());
}

bool MqttFeed::matches(const QStringList &filters, const QString &topic)
{
  const QByteArray topicBytes = topic.toUtf8();
  for (const QString &filter : filters) {
    bool result = false;
    if (mosquitto_topic_matches_sub(filter.toUtf8().constData(), topicBytes.constData(), &result) ==
            MOSQ_ERR_SUCCESS &&
        result)
      return true;
  }
  return false;
}

void MqttFeed::onMessage(const QString &topic, const QByteArray &payload)
{
  const QDateTime now = QDateTime::currentDateTimeUtc();
  ReadingBatch batch;
  if (matches(m_settings.hj212Topics, topic)) {
    // Replies go nowhere over MQTT: the broker already acknowledged the message.
    // MQTT delimits the message, so loggers may leave out the CR LF; a frame that is complete but
    // for it gets it back, anything shorter stays truncated.
    QByteArray frame = payload;
    if (!frame.endsWith("\r\n") && isCompleteWithoutLineEnd(frame))
      frame += "\r\n";
    batch.pollutants = m_hj212.accept(frame, now).readings;
  } else if (matches(m_settings.hydroTopics, topic)) {
    m_counter.received();
    Sl323JsonDecoder::Result decoded = Sl323JsonDecoder::decode(payload);
    for (const ReadingFault &fault : std::as_const(decoded.faults))
      m_counter.rejected(fault.reason, fault.detail + u" — "_s + topic);
    for (HydroReading &reading : decoded.readings) {
      if (const auto fault = m_validator.check(reading, now))
        m_counter.rejected(fault->reason, fault->detail + u" — "_s + topic);
      else
        batch.hydro.push_back(std::move(reading));
    }
    m_counter.accepted(qint64(batch.hydro.size()), now);
  } else {
    return;
  }
  if (!batch.empty())
    emit readingsReceived(batch, now);
}

} // namespace rc
