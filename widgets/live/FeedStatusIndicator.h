#pragma once

#include "live/FeedStatus.h"

#include <QMap>
#include <QWidget>

class QLabel;

namespace rc {

/// The live feeds in the status bar: a coloured dot (green connected, amber connecting or
/// reconnecting, grey off), the readings accepted and rejected by all feeds, and a tooltip with
/// each feed's state, counts, rejection reasons and last error. A click asks for the feed
/// settings. GUI thread.
class FeedStatusIndicator : public QWidget
{
  Q_OBJECT

public:
  enum class Overall { Off, Connecting, Connected, Reconnecting };

  explicit FeedStatusIndicator(QWidget *parent = nullptr);

  /// Shows a feed's latest status (feeds are told apart by name).
  void setFeedStatus(const rc::FeedStatus &status);
  /// No feeds run: shows "off".
  void setOff();

  [[nodiscard]] Overall overall() const;
  [[nodiscard]] qint64 acceptedTotal() const;
  [[nodiscard]] qint64 rejectedTotal() const;
  [[nodiscard]] QString text() const;

signals:
  void clicked();

protected:
  void mousePressEvent(QMouseEvent *event) override;
  void changeEvent(QEvent *event) override;

private:
  void refresh();

  QMap<QString, FeedStatus> m_feeds;
  QLabel *m_dot;
  QLabel *m_label;
};

} // namespace rc
