#include "live/MqttClient.h"

#include <mosquitto.h>

#include <QDeadlineTimer>
#include <QFile>
#include <QThread>

#include <cstring>
#include <mutex>

using namespace Qt::StringLiterals;

namespace rc {

namespace {

void initialiseLibrary()
{
  static std::once_flag once;
  std::call_once(once, [] { mosquitto_lib_init(); });
}

QString errorText(int rc)
{
  return QString::fromUtf8(rc == MOSQ_ERR_ERRNO ? std::strerror(errno) : mosquitto_strerror(rc));
}

} // namespace

MqttClient::MqttClient(const MqttSettings &settings, QObject *parent) : QObject(parent), m_settings(settings)
{
  initialiseLibrary();
}

MqttClient::~MqttClient()
{
  stop();
}

bool MqttClient::start()
{
  if (m_running)
    return true;
  const QByteArray id = m_settings.clientId.toUtf8();
  m_handle = mosquitto_new(id.isEmpty() ? nullptr : id.constData(), true, this);
  if (!m_handle) {
    m_error = tr("cannot create an MQTT client: %1").arg(QString::fromUtf8(std::strerror(errno)));
    return false;
  }
  mosquitto_int_option(m_handle, MOSQ_OPT_PROTOCOL_VERSION, MQTT_PROTOCOL_V311);
  mosquitto_connect_callback_set(m_handle, &MqttClient::onConnect);
  mosquitto_disconnect_callback_set(m_handle, &MqttClient::onDisconnect);
  mosquitto_message_callback_set(m_handle, &MqttClient::onMessage);
  mosquitto_publish_callback_set(m_handle, &MqttClient::onPublish);
  mosquitto_reconnect_delay_set(m_handle, unsigned(m_settings.reconnectMin.count()),
                                unsigned(m_settings.reconnectMax.count()), true);
  if (!applySecurity()) {
    mosquitto_destroy(m_handle);
    m_handle = nullptr;
    return false;
  }

  // A broker that is down at start is not an error: the network thread keeps trying.
  const int rc = mosquitto_connect_async(m_handle, m_settings.host.toUtf8().constData(), m_settings.port,
                                         int(m_settings.keepAlive.count()));
  if (rc != MOSQ_ERR_SUCCESS && rc != MOSQ_ERR_ERRNO) {
    m_error = tr("cannot connect to %1:%2: %3").arg(m_settings.host).arg(m_settings.port).arg(errorText(rc));
    mosquitto_destroy(m_handle);
    m_handle = nullptr;
    return false;
  }
  if (rc == MOSQ_ERR_ERRNO)
    m_error =
        tr("broker %1:%2 not reachable yet: %3").arg(m_settings.host).arg(m_settings.port).arg(errorText(rc));
  if (const int loop = mosquitto_loop_start(m_handle); loop != MOSQ_ERR_SUCCESS) {
    m_error = tr("cannot start the MQTT network thread: %1").arg(errorText(loop));
    mosquitto_destroy(m_handle);
    m_handle = nullptr;
    return false;
  }
  m_running = true;
  return true;
}

bool MqttClient::applySecurity()
{
  const MqttSecurity &security = m_settings.security;
  if (!security.username.isEmpty()) {
    const QByteArray user = security.username.toUtf8(), password = security.password.toUtf8();
    if (const int rc = mosquitto_username_pw_set(
            m_handle, user.constData(), security.password.isEmpty() ? nullptr : password.constData());
        rc != MOSQ_ERR_SUCCESS) {
      m_error = tr("cannot use the MQTT user name: %1").arg(errorText(rc));
      return false;
    }
  }
  if (!security.tls)
    return true;
  const auto path = [](const QString &file) {
    return file.isEmpty() ? QByteArray() : QFile::encodeName(file);
  };
  const QByteArray ca = path(security.caFile), cert = path(security.certFile), key = path(security.keyFile);
  // Without a CA file the system's trusted CAs are used; the broker's name is always verified.
  const int rc = mosquitto_tls_set(
      m_handle, ca.isEmpty() ? nullptr : ca.constData(), ca.isEmpty() ? "/etc/ssl/certs" : nullptr,
      cert.isEmpty() ? nullptr : cert.constData(), key.isEmpty() ? nullptr : key.constData(), nullptr);
  if (rc != MOSQ_ERR_SUCCESS) {
    m_error = tr("cannot use the TLS files (CA %1, certificate %2, key %3): %4")
                  .arg(security.caFile, security.certFile, security.keyFile, errorText(rc));
    return false;
  }
  return true;
}

void MqttClient::stop()
{
  if (!m_handle)
    return;
  mosquitto_disconnect(m_handle);
  mosquitto_loop_stop(m_handle, false);
  mosquitto_destroy(m_handle);
  m_handle = nullptr;
  m_running = false;
  m_connected = false;
}

bool MqttClient::publish(const QString &topic, const QByteArray &payload, int qos, bool retain)
{
  if (!m_handle)
    return false;
  ++m_inFlight;
  const int rc = mosquitto_publish(m_handle, nullptr, topic.toUtf8().constData(), int(payload.size()),
                                   payload.constData(), qos, retain);
  if (rc != MOSQ_ERR_SUCCESS)
    --m_inFlight;
  return rc == MOSQ_ERR_SUCCESS;
}

bool MqttClient::waitForPublished(std::chrono::milliseconds timeout)
{
  QDeadlineTimer deadline(timeout);
  while (m_inFlight > 0 && !deadline.hasExpired())
    QThread::msleep(10);
  return m_inFlight <= 0;
}

void MqttClient::onPublish(struct mosquitto *, void *self, int)
{
  --static_cast<MqttClient *>(self)->m_inFlight;
}

void MqttClient::onConnect(struct mosquitto *handle, void *self, int rc)
{
  auto *client = static_cast<MqttClient *>(self);
  if (rc != 0) {
    const QString reason = QString::fromUtf8(mosquitto_connack_string(rc));
    QMetaObject::invokeMethod(
        client, [client, reason] { emit client->disconnected(reason); }, Qt::QueuedConnection);
    return;
  }
  for (const QString &filter : std::as_const(client->m_settings.subscriptions))
    mosquitto_subscribe(handle, nullptr, filter.toUtf8().constData(), client->m_settings.qos);
  client->m_connected = true;
  QMetaObject::invokeMethod(
      client, [client] { emit client->connected(); }, Qt::QueuedConnection);
}

void MqttClient::onDisconnect(struct mosquitto *, void *self, int rc)
{
  auto *client = static_cast<MqttClient *>(self);
  client->m_connected = false;
  if (rc == 0)
    return; // we asked for it
  const QString reason = errorText(rc);
  QMetaObject::invokeMethod(
      client, [client, reason] { emit client->disconnected(reason); }, Qt::QueuedConnection);
}

void MqttClient::onMessage(struct mosquitto *, void *self, const ::mosquitto_message *message)
{
  auto *client = static_cast<MqttClient *>(self);
  const QString topic = QString::fromUtf8(message->topic);
  const QByteArray payload(static_cast<const char *>(message->payload), message->payloadlen);
  QMetaObject::invokeMethod(
      client, [client, topic, payload] { emit client->messageReceived(topic, payload); },
      Qt::QueuedConnection);
}

} // namespace rc
