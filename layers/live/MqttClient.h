#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QObject>
#include <QString>
#include <QStringList>

#include <atomic>
#include <chrono>

struct mosquitto;
struct mosquitto_message;

namespace rc {

/// How to prove who we are to a broker and that the broker is the one we meant: MQTT user name
/// and password, and TLS with the broker's CA and, when the broker asks for one, a client
/// certificate. The password is held in memory only (the keyring keeps it between runs).
struct MqttSecurity
{
  QString username; ///< empty: connect anonymously
  QString password;
  bool tls = false;
  QString caFile;   ///< PEM; empty with tls: the system's CA directory
  QString certFile; ///< PEM client certificate; empty: none
  QString keyFile;  ///< its private key (PEM, unencrypted)

  friend bool operator==(const MqttSecurity &, const MqttSecurity &) = default;
};

/// Where and how to reach an MQTT broker.
struct MqttSettings
{
  QString host = QStringLiteral("127.0.0.1");
  int port = 1883;
  MqttSecurity security;
  QString clientId;          ///< empty: the library makes one
  QStringList subscriptions; ///< topic filters, subscribed again after every reconnect
  int qos = 1;
  std::chrono::seconds keepAlive{10};
  std::chrono::seconds reconnectMin{1}; ///< first retry after a lost broker; doubles each time
  std::chrono::seconds reconnectMax{30};
};

/// An MQTT connection over libmosquitto. The library's network thread connects, reconnects with
/// exponential backoff when the broker goes away, and resubscribes; its callbacks are handed to
/// this object's thread as queued calls, so signals are emitted on the thread the client lives on.
/// Owned by a feed or the simulator; touch it from its own thread only (publish() is also safe
/// from others).
class MqttClient : public QObject
{
  Q_OBJECT

public:
  explicit MqttClient(const MqttSettings &settings, QObject *parent = nullptr);
  ~MqttClient() override;

  /// Starts connecting in the background; false (with errorString()) when the library refuses.
  bool start();
  /// Disconnects and stops the network thread; no signal is emitted after it returns.
  void stop();
  /// Queues a message; false when the library refuses it (not connected with QoS 0, no memory).
  bool publish(const QString &topic, const QByteArray &payload, int qos = 1, bool retain = false);

  /// Waits until every message queued by publish() has been handed to the broker (QoS 1: and
  /// acknowledged); false when `timeout` passed first. For a publisher about to stop.
  bool waitForPublished(std::chrono::milliseconds timeout);

  [[nodiscard]] bool isConnected() const { return m_connected; }
  [[nodiscard]] QString errorString() const { return m_error; }

signals:
  void connected();
  /// The broker went away or refused us; the library is already retrying.
  void disconnected(const QString &reason);
  void messageReceived(const QString &topic, const QByteArray &payload);

private:
  static void onConnect(struct mosquitto *, void *self, int rc);
  static void onDisconnect(struct mosquitto *, void *self, int rc);
  static void onMessage(struct mosquitto *, void *self, const ::mosquitto_message *message);
  static void onPublish(struct mosquitto *, void *self, int messageId);
  /// Hands the user name, password and TLS settings to the library; false with m_error.
  bool applySecurity();

  MqttSettings m_settings;
  struct mosquitto *m_handle = nullptr;
  std::atomic_bool m_connected{false};
  std::atomic_int m_inFlight{0};
  bool m_running = false;
  QString m_error;
};

} // namespace rc
