#include "live/FeedStatusIndicator.h"

#include "live/LiveModel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMouseEvent>

using namespace Qt::StringLiterals;

namespace rc {

namespace {

QString stateText(FeedStatus::State state)
{
  switch (state) {
  case FeedStatus::State::Stopped:
    return FeedStatusIndicator::tr("stopped");
  case FeedStatus::State::Connecting:
    return FeedStatusIndicator::tr("connecting");
  case FeedStatus::State::Connected:
    return FeedStatusIndicator::tr("connected");
  case FeedStatus::State::Reconnecting:
    return FeedStatusIndicator::tr("reconnecting");
  case FeedStatus::State::Listening:
    return FeedStatusIndicator::tr("listening");
  }
  return {};
}

} // namespace

FeedStatusIndicator::FeedStatusIndicator(QWidget *parent)
    : QWidget(parent), m_dot(new QLabel), m_label(new QLabel)
{
  setObjectName(u"feedStatusIndicator"_s);
  auto *layout = new QHBoxLayout(this);
  layout->setContentsMargins(4, 0, 4, 0);
  layout->setSpacing(4);
  layout->addWidget(m_dot);
  layout->addWidget(m_label);
  setCursor(Qt::PointingHandCursor);
  refresh();
}

void FeedStatusIndicator::setLiveModel(const LiveModel *model)
{
  m_live = model;
  connect(model, &LiveModel::feedStatusChanged, this, &FeedStatusIndicator::refresh);
  connect(model, &LiveModel::stopped, this, &FeedStatusIndicator::refresh);
  refresh();
}

const QMap<QString, FeedStatus> &FeedStatusIndicator::feeds() const
{
  static const QMap<QString, FeedStatus> none;
  return m_live ? m_live->feedStatuses() : none;
}

FeedStatusIndicator::Overall FeedStatusIndicator::overall() const
{
  bool any = false, connecting = false, reconnecting = false;
  for (const FeedStatus &feed : feeds()) {
    switch (feed.state) {
    case FeedStatus::State::Stopped:
      break;
    case FeedStatus::State::Connecting:
      any = connecting = true;
      break;
    case FeedStatus::State::Reconnecting:
      any = reconnecting = true;
      break;
    case FeedStatus::State::Connected:
    case FeedStatus::State::Listening:
      any = true;
      break;
    }
  }
  if (reconnecting)
    return Overall::Reconnecting;
  if (connecting)
    return Overall::Connecting;
  return any ? Overall::Connected : Overall::Off;
}

qint64 FeedStatusIndicator::acceptedTotal() const
{
  qint64 total = 0;
  for (const FeedStatus &feed : feeds())
    total += feed.accepted;
  return total;
}

qint64 FeedStatusIndicator::rejectedTotal() const
{
  qint64 total = 0;
  for (const FeedStatus &feed : feeds())
    total += feed.rejectedTotal();
  return total;
}

QString FeedStatusIndicator::text() const
{
  return m_label->text();
}

void FeedStatusIndicator::refresh()
{
  const Overall state = overall();
  QColor colour(0x9E, 0x9E, 0x9E);
  QString summary;
  switch (state) {
  case Overall::Off:
    summary = tr("Live feeds off");
    break;
  case Overall::Connecting:
    colour = QColor(0xF9, 0xA8, 0x25);
    summary = tr("Live feeds connecting");
    break;
  case Overall::Reconnecting:
    colour = QColor(0xEF, 0x6C, 0x00);
    summary = tr("Live feeds reconnecting");
    break;
  case Overall::Connected:
    colour = QColor(0x2E, 0x7D, 0x32);
    summary = tr("Live feeds connected");
    break;
  }
  const QLocale locale;
  if (state != Overall::Off) {
    summary += u" · "_s + tr("%1 readings").arg(locale.toString(acceptedTotal()));
    if (const qint64 rejected = rejectedTotal())
      summary += u" · "_s + tr("%1 rejected").arg(locale.toString(rejected));
  }
  m_dot->setText(u"●"_s);
  // Restyling repolishes the widget: only when the colour changes, not with every count.
  if (const QString sheet = u"color: %1;"_s.arg(colour.name()); m_dot->styleSheet() != sheet)
    m_dot->setStyleSheet(sheet);
  m_label->setText(summary);

  QStringList lines;
  for (const FeedStatus &feed : feeds()) {
    QString line = u"<b>%1</b>: %2<br>"_s.arg(feed.name.toHtmlEscaped(), stateText(feed.state));
    line += tr("%1 messages, %2 readings accepted, %3 rejected, %4 reconnects")
                .arg(locale.toString(feed.messages), locale.toString(feed.accepted),
                     locale.toString(feed.rejectedTotal()), locale.toString(feed.reconnects));
    for (auto it = feed.rejected.cbegin(); it != feed.rejected.cend(); ++it)
      line += u"<br>&nbsp;&nbsp;%1: %2"_s.arg(feedRejectionName(it.key()), locale.toString(it.value()));
    if (feed.lastReadingAt.isValid())
      line +=
          u"<br>"_s +
          tr("last reading %1").arg(locale.toString(feed.lastReadingAt.toLocalTime(), QLocale::ShortFormat));
    if (!feed.lastError.isEmpty())
      line += u"<br>"_s + tr("last error: %1").arg(feed.lastError.toHtmlEscaped());
    lines << line;
  }
  setToolTip(lines.isEmpty() ? tr("No live feed runs. Click to set up the live feeds.")
                             : lines.join(u"<hr>"_s));
}

void FeedStatusIndicator::mousePressEvent(QMouseEvent *event)
{
  if (event->button() == Qt::LeftButton)
    emit clicked();
  QWidget::mousePressEvent(event);
}

void FeedStatusIndicator::changeEvent(QEvent *event)
{
  if (event->type() == QEvent::LanguageChange)
    refresh();
  QWidget::changeEvent(event);
}

} // namespace rc
