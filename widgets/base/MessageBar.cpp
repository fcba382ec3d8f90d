#include "base/MessageBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QTimer>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace rc {

namespace {
constexpr int kInfoTimeoutMs = 8000;
}

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent), m_icon(new QLabel(this)), m_text(new QLabel(this)), m_close(new QToolButton(this)),
      m_timer(new QTimer(this))
{
  setObjectName(u"messageBar"_s);
  setFrameShape(QFrame::StyledPanel);
  auto *layout = new QHBoxLayout(this);
  layout->setContentsMargins(8, 4, 4, 4);
  layout->addWidget(m_icon);
  layout->addWidget(m_text, 1);
  layout->addWidget(m_close);
  m_text->setWordWrap(true);
  m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
  m_close->setAutoRaise(true);
  m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
  m_close->setToolTip(tr("Close message"));
  connect(m_close, &QToolButton::clicked, this, &MessageBar::popMessage);
  m_timer->setSingleShot(true);
  connect(m_timer, &QTimer::timeout, this, &MessageBar::popMessage);
  hide();
}

void MessageBar::pushMessage(const QString &text, Level level)
{
  m_messages.append({text, level});
  showCurrent();
}

QString MessageBar::currentText() const
{
  return m_messages.isEmpty() ? QString() : m_messages.last().text;
}

void MessageBar::popMessage()
{
  if (!m_messages.isEmpty())
    m_messages.removeLast();
  showCurrent();
}

void MessageBar::clearMessages()
{
  m_messages.clear();
  showCurrent();
}

void MessageBar::showCurrent()
{
  m_timer->stop();
  if (m_messages.isEmpty()) {
    hide();
    return;
  }
  const Message &m = m_messages.last();
  QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
  QString background = u"#E8F1FB"_s, border = u"#7AA7D9"_s;
  if (m.level == Level::Warning) {
    icon = QStyle::SP_MessageBoxWarning;
    background = u"#FFF6DB"_s;
    border = u"#E0B341"_s;
  } else if (m.level == Level::Critical) {
    icon = QStyle::SP_MessageBoxCritical;
    background = u"#FDE7E7"_s;
    border = u"#D9534F"_s;
  }
  setStyleSheet(
      u"#messageBar { background: %1; border: 1px solid %2; border-radius: 3px; }"_s.arg(background, border));
  m_icon->setPixmap(style()->standardIcon(icon).pixmap(20, 20));
  const int others = int(m_messages.size()) - 1;
  m_text->setText(others > 0 ? tr("%1 (%n more)", nullptr, others).arg(m.text) : m.text);
  show();
  if (m.level == Level::Info)
    m_timer->start(kInfoTimeoutMs);
}

} // namespace rc
