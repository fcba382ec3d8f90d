#pragma once

#include "live/FeedStatus.h"

#include <QMap>
#include <QPointer>
#include <QWidget>

class QLabel;

namespace rc {

class LiveModel;

/// The live feeds in the status bar, as the LiveModel has them: a coloured dot (green connected,
/// amber connecting or reconnecting, grey off), the readings accepted and rejected by all feeds,
/// and a tooltip with each feed's state, counts, rejection reasons and last error. A click asks
/// for the feed settings. GUI thread.
class FeedStatusIndicator : public QWidget
{
  Q_OBJECT

public:
  enum class Overall { Off, Connecting, Connected, Reconnecting };

  explicit FeedStatusIndicator(QWidget *parent = nullptr);

  /// Shows the model's feeds and follows them from now on.
  void setLiveModel(const LiveModel *model);

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
  [[nodiscard]] const QMap<QString, FeedStatus> &feeds() const;

  QPointer<const LiveModel> m_live;
  QLabel *m_dot;
  QLabel *m_label;
};

} // namespace rc
