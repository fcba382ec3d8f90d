#pragma once

#include "address/AddressIndex.h"

#include <QAbstractListModel>
#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QLineEdit>
#include <QPointer>
#include <QThreadPool>
#include <QTimer>

#include <atomic>
#include <memory>
#include <vector>

class QFrame;
class QLabel;
class QListView;

namespace rc {

/// The results of one search, for the drop-down list. Row data: DisplayRole the title,
/// ToolTipRole the whole address; the result itself through result().
class AddressResultModel final : public QAbstractListModel
{
  Q_OBJECT

public:
  using QAbstractListModel::QAbstractListModel;

  void setResults(std::vector<GeocodeResult> results);
  [[nodiscard]] const std::vector<GeocodeResult> &results() const { return m_results; }
  [[nodiscard]] const GeocodeResult &result(int row) const { return m_results[std::size_t(row)]; }

  [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
  [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;

private:
  std::vector<GeocodeResult> m_results;
};

/// The search box of the main window: what an operator types (address text in any spelling, an
/// address or grid code, a coordinate in degrees, degrees-minutes-seconds or zone-40 metres) is
/// looked up as they type and the ranked standard addresses drop down under the box, each with its
/// level and the levels above it. Enter, or a click, chooses one.
///
/// Typing never waits for the index: each pause of a few milliseconds starts a query on the box's
/// own worker pool (renders on the global pool cannot hold it up), a new key cancels the query
/// under way, and only the newest answer is shown. Without an index, coordinates still work.
/// The drop-down is a child of the window laid over its contents, so the keyboard focus and the
/// input method stay in the box. GUI thread.
class AddressSearchBox final : public QLineEdit
{
  Q_OBJECT

public:
  explicit AddressSearchBox(QWidget *parent = nullptr);
  ~AddressSearchBox() override;

  void setIndex(std::shared_ptr<const AddressIndex> index);
  [[nodiscard]] std::shared_ptr<const AddressIndex> index() const { return m_index; }

  /// Results shown (or last shown) for the text.
  [[nodiscard]] const std::vector<GeocodeResult> &results() const { return m_model->results(); }
  /// A query is waiting for its pause or running.
  [[nodiscard]] bool isSearching() const { return m_debounce.isActive() || m_watcher != nullptr; }
  [[nodiscard]] bool isPopupVisible() const;
  [[nodiscard]] QListView *resultView() const { return m_view; }
  /// From the query's start to its results on screen, for the newest query, in milliseconds.
  [[nodiscard]] double lastLatencyMs() const { return m_lastLatencyMs; }

  /// Chooses the row as a click would.
  void choose(int row);
  void hidePopup();

  /// The pause after a key before querying.
  static constexpr int kDebounceMs = 30;
  static constexpr int kMaximumResults = 10;

signals:
  void resultChosen(const rc::GeocodeResult &result);
  /// Enter found nothing to go to.
  void nothingFound(const QString &text);
  /// A query's results arrived and are shown.
  void resultsShown(int count);

protected:
  void keyPressEvent(QKeyEvent *event) override;
  void focusInEvent(QFocusEvent *event) override;
  void focusOutEvent(QFocusEvent *event) override;
  bool eventFilter(QObject *watched, QEvent *event) override;
  void changeEvent(QEvent *event) override;

private:
  struct Query;
  void onTextEdited(const QString &text);
  void startQuery();
  void onQueryFinished();
  void showResults(std::vector<GeocodeResult> results, const QString &text, const QElapsedTimer *started);
  void ensurePopup();
  void placePopup();
  void moveCurrent(int step);
  void retranslate();

  std::shared_ptr<const AddressIndex> m_index;
  AddressResultModel *m_model;
  QPointer<QFrame> m_popup;
  QListView *m_view = nullptr;
  QLabel *m_footer = nullptr;
  QPointer<QWidget> m_popupWindow;

  QThreadPool m_pool;
  QTimer m_debounce;
  std::shared_ptr<Query> m_query;
  std::unique_ptr<QFutureWatcher<std::vector<GeocodeResult>>> m_watcher;
  /// The text the shown results answer.
  QString m_shownText;
  bool m_chooseWhenReady = false;
  double m_lastLatencyMs = 0;
};

} // namespace rc
