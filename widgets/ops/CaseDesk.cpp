#include "ops/CaseDesk.h"

#include "base/Error.h"
#include "ops/CaseDeskBackend.h"
#include "ops/CaseDeskModel.h"
#include "ops/CaseIntakeForm.h"
#include "postgis/OpsSchema.h"
#include "postgis/PostgisChangeFeed.h"
#include "privacy/PersonalDataMask.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace rc {

CaseDesk::CaseDesk(QWidget *parent)
    : QWidget(parent), m_backend(std::make_shared<std::unique_ptr<CaseDeskBackend>>()),
      m_model(new CaseDeskModel(this)), m_view(new QTableView(this)), m_target(new QComboBox(this)),
      m_department(new QLineEdit(this)), m_reason(new QLineEdit(this)), m_undoButton(new QPushButton(this)),
      m_undo(new QAction(this)), m_formTitle(new QLabel(this)), m_storage(new QLabel(this)),
      m_form(new CaseIntakeForm(this))
{
  // One thread that never expires: the database connection opened on it stays usable.
  m_pool.setMaxThreadCount(1);
  m_pool.setExpiryTimeout(-1);

  m_view->setModel(m_model);
  m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
  m_view->setSelectionMode(QAbstractItemView::SingleSelection);
  m_view->verticalHeader()->hide();
  m_view->horizontalHeader()->setStretchLastSection(true);

  auto *buttons = new QGridLayout;
  for (int a = 0; a < kCaseActionCount; ++a) {
    auto *button = new QPushButton(this);
    m_buttons[std::size_t(a)] = button;
    buttons->addWidget(button, a / 5, a % 5);
    connect(button, &QPushButton::clicked, this, [this, a] { applyAction(CaseAction(a)); });
  }
  m_target->addItem(QString());
  m_target->addItem(QString());
  auto *dispatch = new QHBoxLayout;
  dispatch->addWidget(m_target);
  dispatch->addWidget(m_department, 1);
  dispatch->addWidget(m_undoButton);

  auto *layout = new QVBoxLayout(this);
  m_storage->setWordWrap(true);
  m_storage->hide();
  layout->addWidget(m_storage);
  layout->addWidget(m_view, 1);
  layout->addLayout(buttons);
  layout->addLayout(dispatch);
  layout->addWidget(m_reason);
  QFont bold = m_formTitle->font();
  bold.setBold(true);
  m_formTitle->setFont(bold);
  layout->addWidget(m_formTitle);
  layout->addWidget(m_form);

  // Ctrl+Z belongs to the desk only while it has the focus: other panels may have their own undo.
  m_undo->setShortcut(QKeySequence::Undo);
  m_undo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
  addAction(m_undo);
  connect(m_undo, &QAction::triggered, this, &CaseDesk::undo);
  connect(m_undoButton, &QPushButton::clicked, this, &CaseDesk::undo);
  connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &CaseDesk::updateButtons);
  connect(m_view, &QTableView::clicked, this, [this](const QModelIndex &index) {
    if (index.isValid())
      emit caseActivated(m_model->eventCase(index.row()));
  });
  connect(m_form, &CaseIntakeForm::submitted, this, &CaseDesk::submitIntake);
  connect(m_form, &CaseIntakeForm::locationChanged, this, &CaseDesk::locate);
  connect(m_target, &QComboBox::currentIndexChanged, this, &CaseDesk::updateButtons);
  updateButtons();
  retranslate();
}

CaseDesk::~CaseDesk()
{
  // The backend goes on its own thread, after whatever is queued before it.
  m_pool.start([backend = m_backend] { backend->reset(); });
  m_pool.waitForDone();
}

void CaseDesk::setSharedDatabase(const QString &source)
{
  if (source == m_sharedSource)
    return;
  m_sharedSource = source;
  delete m_feed;
  m_feed = nullptr;
  m_readOnly = false;
  m_storage->setVisible(!source.isEmpty());
  if (!m_dataPath.isEmpty())
    open(m_dataPath, m_clock);
}

void CaseDesk::startFeed()
{
  if (m_sharedSource.isEmpty() || m_feed)
    return;
  m_feed = new PostgisChangeFeed(m_sharedSource, QString::fromLatin1(OpsSchema::kChannel), this);
  connect(m_feed, &PostgisChangeFeed::notified, this, &CaseDesk::onNotified);
  connect(m_feed, &PostgisChangeFeed::listening, this, &CaseDesk::onListening);
  connect(m_feed, &PostgisChangeFeed::connectionLost, this, [this](const QString &reason) {
    m_storage->setText(tr("Shared case database unreachable, trying again: %1").arg(reason));
  });
}

void CaseDesk::onNotified(const QString &kind, qint64 id, qint64 version)
{
  if (kind != u"case")
    return;
  // This seat's own change comes back too: already shown.
  const int row = m_model->rowOf(id);
  if (row >= 0 && m_model->eventCase(row).version >= version)
    return;
  reloadCase(id);
}

void CaseDesk::onListening(bool afterLoss)
{
  m_storage->setText(m_storageText);
  if (!m_opened && !isBusy())
    open(m_dataPath, m_clock);
  else if (afterLoss)
    // Changes made while the feed was away sent notifications nobody heard.
    run([](CaseDeskBackend &backend, CaseDeskReply &reply) { backend.catchUp(reply); });
}

void CaseDesk::catchUp(const CaseDeskReply &reply)
{
  m_model->updateCases(reply.changedCases, QSet<qint64>(reply.presentIds.begin(), reply.presentIds.end()),
                       reply.now);
}

void CaseDesk::reloadCase(qint64 id)
{
  run([id](CaseDeskBackend &backend, CaseDeskReply &reply) { backend.reload(id, reply); });
}

void CaseDesk::open(const QString &dataPath, EventWorkflow::Clock clock)
{
  m_dataPath = dataPath;
  m_clock = clock;
  m_draftFromForm = 0;
  m_opened = false;
  startFeed();
  // The one request that needs no backend: it replaces the worker's.
  auto *watcher = new QFutureWatcher<CaseDeskReply>(this);
  ++m_pending;
  connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
    watcher->deleteLater();
    m_opened = watcher->result().listed;
    if (!m_opened && !m_sharedSource.isEmpty())
      m_storage->setText(watcher->result().error);
    handle(watcher->result(), {});
  });
  watcher->setFuture(QtConcurrent::run(&m_pool, [backend = m_backend, dataPath, clock,
                                                 shared = m_sharedSource] {
    CaseDeskReply reply;
    try {
      backend->reset();
      *backend = shared.isEmpty() ? std::make_unique<CaseDeskBackend>(dataPath, clock)
                                  : std::make_unique<CaseDeskBackend>(dataPath, shared, clock);
      (*backend)->list(reply);
    } catch (const Error &e) {
      reply.error = shared.isEmpty()
                        ? tr("The case desk cannot open the workflow of %1: %2").arg(dataPath, e.message())
                        : tr("The case desk cannot open the shared case database, it will try again when the "
                             "server answers: %1")
                              .arg(e.message());
    }
    return reply;
  }));
}

void CaseDesk::setAddressIndex(std::shared_ptr<const AddressIndex> index)
{
  m_form->setAddressIndex(std::move(index));
}

std::optional<EventCase> CaseDesk::selectedCase() const
{
  const QModelIndexList rows = m_view->selectionModel()->selectedRows();
  if (rows.isEmpty())
    return std::nullopt;
  return m_model->eventCase(rows.first().row());
}

void CaseDesk::selectCase(qint64 id)
{
  const int row = m_model->rowOf(id);
  if (row < 0)
    m_view->clearSelection();
  else
    m_view->selectRow(row);
  updateButtons();
}

void CaseDesk::run(Work work, std::function<void(const CaseDeskReply &)> done)
{
  ++m_pending;
  auto *watcher = new QFutureWatcher<CaseDeskReply>(this);
  connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, done = std::move(done)] {
    watcher->deleteLater();
    handle(watcher->result(), done);
  });
  watcher->setFuture(QtConcurrent::run(&m_pool, [backend = m_backend, work = std::move(work)] {
    CaseDeskReply reply;
    if (!*backend) {
      reply.error = tr("The case desk has no workflow database open.");
      return reply;
    }
    try {
      work(**backend, reply);
      if (!reply.reloadedId && !reply.caughtUp)
        (*backend)->list(reply);
    } catch (const Error &e) {
      reply.error = e.message();
      // Another seat changed the case: show it as it stands now, so the operator can redo the step.
      if (e.code() == Error::Code::Conflict) {
        try {
          (*backend)->list(reply);
        } catch (const Error &) {
          reply.listed = false;
        }
      }
    } catch (const std::exception &e) {
      reply.error = QString::fromUtf8(e.what());
    }
    return reply;
  }));
}

void CaseDesk::handle(const CaseDeskReply &reply, const std::function<void(const CaseDeskReply &)> &done)
{
  --m_pending;
  if (reply.listed || reply.reloadedId || reply.caughtUp) {
    const std::optional<EventCase> selected = selectedCase();
    if (reply.listed)
      m_model->setCases(reply.cases, reply.now);
    else if (reply.caughtUp)
      catchUp(reply);
    else
      m_model->updateCase(reply.reloadedId, reply.reloaded, reply.now);
    const qint64 keep = reply.changed ? reply.changed->id : selected ? selected->id : 0;
    selectCase(keep);
  }
  if (reply.listed || reply.caughtUp) {
    m_readOnly = reply.readOnly;
    m_storageText =
        reply.storage.isEmpty() ? QString()
        : m_readOnly
            ? tr("Shared cases of %1, read only: this database role may not change them.").arg(reply.storage)
            : tr("Shared cases of %1, live.").arg(reply.storage);
    m_storage->setText(m_storageText);
  }
  if (!reply.error.isEmpty())
    emit message(reply.error, true);
  else if (done)
    done(reply);
  if (reply.changed && reply.error.isEmpty())
    emit caseChanged(*reply.changed);
  updateButtons();
  emit replied();
}

void CaseDesk::refresh()
{
  run([](CaseDeskBackend &, CaseDeskReply &) {});
}

void CaseDesk::submitIntake()
{
  const EventIntake input = m_form->intake();
  const Operator by = m_operator;
  const qint64 draft = m_draftFromForm;
  run(
      [input, by, draft](CaseDeskBackend &backend, CaseDeskReply &reply) {
        EventWorkflow &workflow = backend.workflow();
        const std::optional<EventCase> previous = draft ? workflow.find(draft) : std::nullopt;
        if (previous && previous->state == CaseState::Draft) {
          // The operator corrects the draft the form made: the same case, not a second one.
          EventCase revised = workflow.revise(draft, input, by);
          if (revised.problems.isEmpty())
            revised = workflow.apply(draft, CaseAction::Collect, by);
          reply.changed = revised;
        } else {
          reply.changed = workflow.intake(input, by);
        }
      },
      [this](const CaseDeskReply &reply) {
        const EventCase &recorded = *reply.changed;
        if (recorded.state == CaseState::Draft) {
          m_draftFromForm = recorded.id;
          emit message(
              tr("Case %1 kept as a draft: %2").arg(recorded.id).arg(recorded.problems.join(u"; "_s)), true);
          return;
        }
        m_draftFromForm = 0;
        m_form->clear();
        emit message(tr("Case %1 recorded in grid %2.").arg(recorded.id).arg(recorded.gridCode), false);
      });
}

void CaseDesk::applyAction(CaseAction action)
{
  const std::optional<EventCase> selected = selectedCase();
  if (!selected)
    return;
  const QString note = m_reason->text().trimmed();
  if (CaseStateMachine::needsReason(action) && note.isEmpty()) {
    emit message(
        tr("“%1” needs a reason: type it in the reason field first.").arg(CaseStateMachine::title(action)),
        true);
    return;
  }
  DispatchTarget target;
  if (action == CaseAction::Dispatch && m_target->currentIndex() == 1) {
    target.kind = DispatchTarget::Kind::Department;
    target.name = m_department->text().trimmed();
  }
  const Operator by = m_operator;
  const qint64 id = selected->id;
  const qint64 seenVersion = selected->version;
  run(
      [id, action, by, note, target, seenVersion](CaseDeskBackend &backend, CaseDeskReply &reply) {
        reply.changed = backend.workflow().apply(id, action, by, note, target, seenVersion);
      },
      [this, action](const CaseDeskReply &reply) {
        m_reason->clear();
        emit message(tr("Case %1: %2 → %3")
                         .arg(reply.changed->id)
                         .arg(CaseStateMachine::title(action), CaseStateMachine::title(reply.changed->state)),
                     false);
      });
}

void CaseDesk::undo()
{
  const Operator by = m_operator;
  run(
      [by](CaseDeskBackend &backend, CaseDeskReply &reply) {
        reply.changed = backend.workflow().undoLastChange(by);
        reply.removed = !reply.changed;
      },
      [this](const CaseDeskReply &reply) {
        if (reply.removed)
          emit message(tr("Undone: the case recorded last is withdrawn (the audit trail keeps it)."), false);
        else
          emit message(tr("Undone: case %1 is back at “%2”.")
                           .arg(reply.changed->id)
                           .arg(CaseStateMachine::title(reply.changed->state)),
                       false);
      });
}

void CaseDesk::locate(double lon, double lat)
{
  run(
      [lon, lat](CaseDeskBackend &backend, CaseDeskReply &reply) {
        reply.located = true;
        reply.grid = backend.grids().locate(lon, lat);
      },
      [this](const CaseDeskReply &reply) {
        if (!reply.grid) {
          m_form->setGridPreview(tr("Outside the city's grids: the case will be kept as a draft."), true);
          return;
        }
        const GridAssignment &grid = *reply.grid;
        const QString staff = grid.hasStaff() ? tr("staff %1").arg(PersonalDataMask::maskName(grid.staffName))
                                              : tr("no staff: name a department");
        m_form->setGridPreview(tr("Grid %1, %2 (%3, %4); %5")
                                   .arg(grid.gridCode, grid.community, grid.town, grid.district, staff),
                               !grid.hasStaff());
      });
}

void CaseDesk::updateButtons()
{
  const std::optional<EventCase> selected = selectedCase();
  const QList<CaseAction> legal =
      selected ? CaseStateMachine::actionsFrom(selected->state) : QList<CaseAction>();
  for (int a = 0; a < kCaseActionCount; ++a)
    m_buttons[std::size_t(a)]->setEnabled(!m_readOnly && legal.contains(CaseAction(a)));
  m_department->setEnabled(!m_readOnly && m_target->currentIndex() == 1);
  m_undo->setEnabled(!m_readOnly);
  m_undoButton->setEnabled(!m_readOnly);
  m_form->setEnabled(!m_readOnly);
}

void CaseDesk::changeEvent(QEvent *event)
{
  if (event->type() == QEvent::LanguageChange)
    retranslate();
  QWidget::changeEvent(event);
}

void CaseDesk::retranslate()
{
  for (int a = 0; a < kCaseActionCount; ++a)
    m_buttons[std::size_t(a)]->setText(CaseStateMachine::title(CaseAction(a)));
  m_target->setItemText(0, tr("To the grid's staff"));
  m_target->setItemText(1, tr("To a department"));
  m_department->setPlaceholderText(tr("Department"));
  m_reason->setPlaceholderText(tr("Reason or remark for the step (required to send back, return or void)"));
  m_undo->setText(tr("Undo My Last Change"));
  m_undoButton->setText(tr("Undo"));
  m_undoButton->setToolTip(tr("Undo your own last change of a case (Ctrl+Z)"));
  m_formTitle->setText(tr("New case"));
}

} // namespace rc
