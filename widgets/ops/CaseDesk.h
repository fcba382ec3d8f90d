#pragma once

#include "auth/Operator.h"
#include "ops/EventCase.h"
#include "ops/EventWorkflow.h"

#include <QThreadPool>
#include <QWidget>

#include <array>
#include <functional>
#include <memory>
#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace rc {

class AddressIndex;
class CaseDeskBackend;
class CaseDeskModel;
class CaseIntakeForm;
class PostgisChangeFeed;
struct CaseDeskReply;

/// The case desk of the operations center: the cases of the workflow database (open first,
/// overdue in red), the legal next steps of the selected case as buttons, dispatch to the grid's
/// staff or a department, send back and void with a reason, undo of the operator's own last
/// change (Ctrl+Z), and the intake form with the grid of the location shown before saving.
///
/// Every database request runs on the desk's one worker thread (the database connection lives
/// there) and comes back through a QFutureWatcher; requests run in the order made. Refusals of
/// the workflow (an illegal step, no staff to dispatch to, someone else's change to undo) come
/// back as message() with the workflow's own words.
///
/// With a shared database (setSharedDatabase) the cases live in PostGIS for every seat: another
/// seat's change arrives by LISTEN/NOTIFY and reloads just that case; a step over a case someone
/// changed meanwhile is refused with who and when, and the case is shown as it now stands; a
/// read-only database role shows cases without letting anyone change them; an unreachable server
/// is said in the desk and tried again until it answers. GUI thread.
class CaseDesk : public QWidget
{
  Q_OBJECT

public:
  explicit CaseDesk(QWidget *parent = nullptr);
  ~CaseDesk() override;

  /// Opens the workflow of the city whose GeoPackage is `dataPath` (fuzhou.ops.sqlite beside it);
  /// the list follows. `clock` gives "now" (tests fix it); empty: the system clock.
  void open(const QString &dataPath, EventWorkflow::Clock clock = {});
  [[nodiscard]] QString dataPath() const { return m_dataPath; }
  /// Keeps the cases in the shared PostGIS database `source` ("PG:...", no password: see
  /// PostgisCredentials) from the next open() on; empty: the seat's own file beside the data.
  void setSharedDatabase(const QString &source);
  [[nodiscard]] QString sharedDatabase() const { return m_sharedSource; }
  /// The database allows no changes (a read-only role): every editing control is disabled.
  [[nodiscard]] bool isReadOnly() const { return m_readOnly; }
  /// Where the cases are and whether the shared database is live, as shown above the list.
  [[nodiscard]] QLabel *storageLabel() const { return m_storage; }
  void setOperator(Operator person) { m_operator = std::move(person); }
  [[nodiscard]] const Operator &currentOperator() const { return m_operator; }
  void setAddressIndex(std::shared_ptr<const AddressIndex> index);

  [[nodiscard]] CaseDeskModel *model() const { return m_model; }
  [[nodiscard]] QTableView *view() const { return m_view; }
  [[nodiscard]] CaseIntakeForm *intakeForm() const { return m_form; }
  [[nodiscard]] QPushButton *actionButton(CaseAction action) const { return m_buttons[std::size_t(action)]; }
  [[nodiscard]] QLineEdit *reasonEdit() const { return m_reason; }
  [[nodiscard]] QAction *undoAction() const { return m_undo; }
  /// Requests sent and not yet answered.
  [[nodiscard]] bool isBusy() const { return m_pending > 0; }
  [[nodiscard]] std::optional<EventCase> selectedCase() const;
  void selectCase(qint64 id);

public slots:
  void refresh();
  /// Records the form's case, or revises the draft it last recorded.
  void submitIntake();
  /// Takes a step of the selected case with the reason field's text and, for a dispatch, the
  /// chosen target.
  void applyAction(rc::CaseAction action);
  void undo();
  /// Looks up the grid of a point for the form's preview.
  void locate(double lon, double lat);
  /// Reads one case again (another seat changed it), leaving the rest of the list as it is.
  void reloadCase(qint64 id);
  /// Shows what a catch-up after the listener was away brought: just the cases that changed.
  void catchUp(const CaseDeskReply &reply);

signals:
  /// A sentence for the message bar; `warning` for refusals and drafts.
  void message(const QString &text, bool warning);
  /// The operator clicked a case: the map may show where it is.
  void caseActivated(const rc::EventCase &eventCase);
  void caseChanged(const rc::EventCase &eventCase);
  /// A request was answered (tests wait on it).
  void replied();

protected:
  void changeEvent(QEvent *event) override;

private:
  using Work = std::function<void(CaseDeskBackend &, CaseDeskReply &)>;
  void run(Work work, std::function<void(const CaseDeskReply &)> done = {});
  void handle(const CaseDeskReply &reply, const std::function<void(const CaseDeskReply &)> &done);
  void updateButtons();
  void retranslate();
  /// Listens to the shared database's changes; does nothing for the seat's own file.
  void startFeed();
  void onNotified(const QString &kind, qint64 id, qint64 version);
  void onListening(bool afterLoss);

  QString m_dataPath;
  EventWorkflow::Clock m_clock;
  QString m_sharedSource;
  PostgisChangeFeed *m_feed = nullptr;
  bool m_opened = false; ///< the last open() found its database
  bool m_readOnly = false;
  QString m_storageText;
  Operator m_operator;
  QThreadPool m_pool;
  /// Lives on the pool's thread only; the pointer itself is only replaced there.
  std::shared_ptr<std::unique_ptr<CaseDeskBackend>> m_backend;
  int m_pending = 0;
  qint64 m_draftFromForm = 0; ///< the draft the form recorded last, revised by the next submit
  CaseDeskModel *m_model;
  QTableView *m_view;
  std::array<QPushButton *, kCaseActionCount> m_buttons{};
  QComboBox *m_target;
  QLineEdit *m_department;
  QLineEdit *m_reason;
  QPushButton *m_undoButton;
  QAction *m_undo;
  QLabel *m_formTitle;
  QLabel *m_storage;
  CaseIntakeForm *m_form;
};

} // namespace rc
