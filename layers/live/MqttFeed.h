#pragma once

#include "live/FeedStatus.h"
#include "live/Hj212Intake.h"
#include "live/MqttClient.h"
#include "live/Readings.h"

#include <QObject>

#include <memory>

namespace rc {

/// Which topics carry what.
struct MqttFeedSettings
{
  MqttSettings broker;
  QStringList hydroTopics{QStringLiteral("rongcheng/hydro/#")}; ///< SL 323 JSON
  QStringList hj212Topics{QStringLiteral("rongcheng/hj212/#")}; ///< one raw HJ 212 frame per message
};

/// The MQTT feed: subscribes to the hydrology and HJ 212 topics, decodes and validates each
/// message, and hands the accepted readings on; every rejection is counted with its reason and the
/// feed keeps running. Owns its MqttClient; lives on the live thread.
class MqttFeed : public QObject
{
  Q_OBJECT

public:
  MqttFeed(const MqttFeedSettings &settings, std::shared_ptr<const StationCatalog> catalog,
           QObject *parent = nullptr);

  void start();
  void stop();
  [[nodiscard]] const FeedStatus &status() const { return m_counter.status(); }

signals:
  void readingsReceived(const rc::ReadingBatch &batch, const QDateTime &receivedAt);
  void statusChanged(const rc::FeedStatus &status);

private:
  void onMessage(const QString &topic, const QByteArray &payload);
  [[nodiscard]] static bool matches(const QStringList &filters, const QString &topic);

  MqttFeedSettings m_settings;
  FeedCounter m_counter;
  ReadingValidator m_validator;
  Hj212Intake m_hj212;
  MqttClient *m_client;
  bool m_everConnected = false;
};

} // namespace rc
