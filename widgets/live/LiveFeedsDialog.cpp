#include "live/LiveFeedsDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace rc {

namespace {

QStringList topicList(const QString &text)
{
  QStringList topics;
  for (const QString &topic : text.split(QRegularExpression(u"[,;\\s]+"_s), Qt::SkipEmptyParts))
    topics << topic;
  return topics;
}

/// An MQTT topic filter: '#' only as the whole last level, '+' only as a whole level.
bool validFilter(const QString &filter)
{
  const QStringList levels = filter.split(u'/');
  for (qsizetype i = 0; i < levels.size(); ++i) {
    const QString &level = levels[i];
    if (level.contains(u'#') && (level != u"#"_s || i + 1 != levels.size()))
      return false;
    if (level.contains(u'+') && level != u"+"_s)
      return false;
  }
  return !filter.isEmpty();
}

} // namespace

LiveFeedsDialog::LiveFeedsDialog(QWidget *parent)
    : QDialog(parent), m_enabled(new QCheckBox(tr("Receive live readings"))), m_broker(new QLineEdit),
      m_user(new QLineEdit), m_password(new QLineEdit), m_tls(new QCheckBox(tr("Encrypt with TLS"))),
      m_caFile(new QLineEdit), m_certFile(new QLineEdit), m_keyFile(new QLineEdit),
      m_hydroTopics(new QLineEdit), m_hj212Topics(new QLineEdit),
      m_hj212Server(new QCheckBox(tr("Accept data loggers over TCP"))), m_hj212Port(new QSpinBox),
      m_problem(new QLabel), m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
  setObjectName(u"liveFeedsDialog"_s);
  setWindowTitle(tr("Live Feeds"));
  m_broker->setObjectName(u"brokerEdit"_s);
  m_broker->setPlaceholderText(u"127.0.0.1:1883"_s);
  m_user->setObjectName(u"brokerUserEdit"_s);
  m_user->setPlaceholderText(tr("anonymous"));
  m_password->setObjectName(u"brokerPasswordEdit"_s);
  m_password->setEchoMode(QLineEdit::Password);
  m_password->setPlaceholderText(tr("unchanged (kept in the system keyring)"));
  m_tls->setObjectName(u"brokerTlsCheck"_s);
  m_caFile->setObjectName(u"brokerCaEdit"_s);
  m_caFile->setPlaceholderText(tr("the system's trusted CAs"));
  m_certFile->setObjectName(u"brokerCertEdit"_s);
  m_certFile->setPlaceholderText(tr("none"));
  m_keyFile->setObjectName(u"brokerKeyEdit"_s);
  m_keyFile->setPlaceholderText(tr("none"));
  m_hydroTopics->setToolTip(tr("MQTT topic filters carrying SL 323 JSON readings, separated by spaces"));
  m_hj212Topics->setToolTip(tr("MQTT topic filters carrying raw HJ 212 frames, separated by spaces"));
  m_hj212Port->setRange(0, 65535);
  m_hj212Port->setSpecialValueText(tr("any free port"));
  m_problem->setStyleSheet(u"color: #C62828;"_s);
  m_problem->setWordWrap(true);

  auto *form = new QFormLayout(this);
  form->addRow(m_enabled);
  form->addRow(tr("MQTT broker (host:port):"), m_broker);
  form->addRow(tr("Broker user:"), m_user);
  form->addRow(tr("Broker password:"), m_password);
  form->addRow(m_tls);
  form->addRow(tr("CA certificate (PEM):"), fileRow(m_caFile, tr("The broker's CA certificate")));
  form->addRow(tr("Client certificate (PEM):"), fileRow(m_certFile, tr("This seat's client certificate")));
  form->addRow(tr("Client key (PEM):"), fileRow(m_keyFile, tr("The client certificate's private key")));
  form->addRow(tr("Hydrology topics (SL 323):"), m_hydroTopics);
  form->addRow(tr("Ecology topics (HJ 212):"), m_hj212Topics);
  form->addRow(m_hj212Server);
  form->addRow(tr("HJ 212 listen port:"), m_hj212Port);
  form->addRow(m_problem);
  form->addRow(m_buttons);
  connect(m_buttons, &QDialogButtonBox::accepted, this, &LiveFeedsDialog::accept);
  connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  connect(m_enabled, &QCheckBox::toggled, this, &LiveFeedsDialog::updateEnabled);
  connect(m_hj212Server, &QCheckBox::toggled, this, &LiveFeedsDialog::updateEnabled);
  connect(m_tls, &QCheckBox::toggled, this, &LiveFeedsDialog::updateEnabled);
  setConfig({});
}

QWidget *LiveFeedsDialog::fileRow(QLineEdit *edit, const QString &title)
{
  auto *row = new QWidget;
  auto *layout = new QHBoxLayout(row);
  layout->setContentsMargins(0, 0, 0, 0);
  auto *browse = new QToolButton;
  browse->setText(u"…"_s);
  layout->addWidget(edit);
  layout->addWidget(browse);
  connect(browse, &QToolButton::clicked, this, [this, edit, title] {
    const QString file = QFileDialog::getOpenFileName(this, title, edit->text(),
                                                      tr("PEM files (*.pem *.crt *.key);;All files (*)"));
    if (!file.isEmpty())
      edit->setText(file);
  });
  return row;
}

void LiveFeedsDialog::setConfig(const LiveFeedsConfig &config)
{
  m_enabled->setChecked(config.enabled);
  m_broker->setText(u"%1:%2"_s.arg(config.brokerHost).arg(config.brokerPort));
  m_user->setText(config.brokerUser);
  m_password->clear();
  m_tls->setChecked(config.brokerTls);
  m_caFile->setText(config.brokerCaFile);
  m_certFile->setText(config.brokerCertFile);
  m_keyFile->setText(config.brokerKeyFile);
  m_hydroTopics->setText(config.hydroTopics.join(u' '));
  m_hj212Topics->setText(config.hj212Topics.join(u' '));
  m_hj212Server->setChecked(config.hj212Server);
  m_hj212Port->setValue(config.hj212Port);
  updateEnabled();
}

LiveFeedsConfig LiveFeedsDialog::config() const
{
  LiveFeedsConfig c;
  c.enabled = m_enabled->isChecked();
  const QString broker = m_broker->text().trimmed();
  const qsizetype colon = broker.lastIndexOf(u':');
  c.brokerHost = colon > 0 ? broker.left(colon) : broker;
  c.brokerPort = colon > 0 ? quint16(broker.mid(colon + 1).toUInt()) : c.brokerPort;
  c.brokerUser = m_user->text().trimmed();
  c.brokerTls = m_tls->isChecked();
  c.brokerCaFile = m_caFile->text().trimmed();
  c.brokerCertFile = m_certFile->text().trimmed();
  c.brokerKeyFile = m_keyFile->text().trimmed();
  c.hydroTopics = topicList(m_hydroTopics->text());
  c.hj212Topics = topicList(m_hj212Topics->text());
  c.hj212Server = m_hj212Server->isChecked();
  c.hj212Port = quint16(m_hj212Port->value());
  return c;
}

QString LiveFeedsDialog::password() const
{
  return m_password->text();
}

QString LiveFeedsDialog::problem() const
{
  if (!m_enabled->isChecked())
    return {};
  const QString broker = m_broker->text().trimmed();
  const qsizetype colon = broker.lastIndexOf(u':');
  bool ok = false;
  const uint port = colon > 0 ? broker.mid(colon + 1).toUInt(&ok) : 0;
  if (colon <= 0 || !ok || port == 0 || port > 65535 || broker.left(colon).contains(u' '))
    return tr("Give the broker as host:port, e.g. 127.0.0.1:1883.");
  const LiveFeedsConfig c = config();
  if (!m_password->text().isEmpty() && c.brokerUser.isEmpty())
    return tr("Give the broker user the password belongs to.");
  if (c.brokerTls) {
    for (const QString &file : {c.brokerCaFile, c.brokerCertFile, c.brokerKeyFile})
      if (!file.isEmpty() && !QFileInfo(file).isReadable())
        return tr("Cannot read “%1”.").arg(file);
    if (c.brokerCertFile.isEmpty() != c.brokerKeyFile.isEmpty())
      return tr("Give the client certificate and its key together, or neither.");
  }
  for (const QString &topic : c.hydroTopics + c.hj212Topics)
    if (!validFilter(topic))
      return tr("“%1” is not an MQTT topic filter ('#' only at the end, '+' only as a whole level).")
          .arg(topic);
  if (c.hydroTopics.isEmpty() && c.hj212Topics.isEmpty() && !c.hj212Server)
    return tr("Give at least one topic or accept data loggers over TCP.");
  return {};
}

void LiveFeedsDialog::accept()
{
  const QString why = problem();
  m_problem->setText(why);
  if (why.isEmpty())
    QDialog::accept();
}

void LiveFeedsDialog::updateEnabled()
{
  const bool on = m_enabled->isChecked();
  for (QWidget *w :
       {static_cast<QWidget *>(m_broker), static_cast<QWidget *>(m_user), static_cast<QWidget *>(m_password),
        static_cast<QWidget *>(m_tls), static_cast<QWidget *>(m_hydroTopics),
        static_cast<QWidget *>(m_hj212Topics), static_cast<QWidget *>(m_hj212Server)})
    w->setEnabled(on);
  for (QLineEdit *file : {m_caFile, m_certFile, m_keyFile})
    file->parentWidget()->setEnabled(on && m_tls->isChecked());
  m_hj212Port->setEnabled(on && m_hj212Server->isChecked());
}

} // namespace rc
