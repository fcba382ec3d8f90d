#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace rc {

/// A strip above the map that tells the user what went wrong (or right) without a modal dialog, as
/// QGIS's message bar does. Newest message shown, with a count of the others; info messages fade
/// after a while, warnings and errors stay until closed.
class MessageBar : public QFrame
{
  Q_OBJECT

public:
  enum class Level { Info, Warning, Critical };

  explicit MessageBar(QWidget *parent = nullptr);

  void pushMessage(const QString &text, Level level);
  [[nodiscard]] QString currentText() const;
  [[nodiscard]] int messageCount() const { return int(m_messages.size()); }

public slots:
  void popMessage();
  void clearMessages();

private:
  struct Message
  {
    QString text;
    Level level;
  };
  void showCurrent();

  QList<Message> m_messages;
  QLabel *m_icon;
  QLabel *m_text;
  QToolButton *m_close;
  QTimer *m_timer;
};

} // namespace rc
