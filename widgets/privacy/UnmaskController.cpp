#include "privacy/UnmaskController.h"

#include "data/FeatureStore.h"
#include "inspect/AttributeTableModel.h"
#include "inspect/AttributeTableWidget.h"
#include "inspect/IdentifyPanel.h"
#include "map/VectorLayer.h"
#include "ops/AuditTrail.h"
#include "ops/GridCasesPanel.h"
#include "ops/OpsDatabase.h"
#include "ops/PostgisAuditLog.h"
#include "postgis/PostgisConnections.h"
#include "privacy/PersonalDataMask.h"
#include "privacy/UnmaskDialog.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QSettings>
#include <QTableView>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rc {

namespace {

OperatorRole roleFromKey(const QString &key)
{
  if (key == u"visitor"_s)
    return OperatorRole::Visitor;
  if (key == u"grid_staff"_s)
    return OperatorRole::GridStaff;
  if (key == u"supervisor"_s)
    return OperatorRole::Supervisor;
  return OperatorRole::Operator;
}

QString roleTitle(OperatorRole role)
{
  switch (role) {
  case OperatorRole::Visitor:
    return UnmaskController::tr("visitor");
  case OperatorRole::GridStaff:
    return UnmaskController::tr("grid staff");
  case OperatorRole::Operator:
    return UnmaskController::tr("operator");
  case OperatorRole::Supervisor:
    return UnmaskController::tr("supervisor");
  }
  return {};
}

QStringList personalFields(const FeatureStore &store)
{
  QStringList names;
  for (const Field &field : store.fields())
    if (PersonalDataMask::isPersonal(field.name))
      names << field.name;
  return names;
}

} // namespace

UnmaskRequest UnmaskRequest::forLayer(const VectorLayer &layer, std::vector<std::uint32_t> features)
{
  UnmaskRequest request;
  request.databasePath = OpsDatabase::pathBeside(layer.source().path);
  request.sharedDatabase = PostgisConnections::sharedDatabase();
  request.source = layer.source().layerName.isEmpty() ? layer.name() : layer.source().layerName;
  request.store = layer.features();
  request.features = std::move(features);
  return request;
}

UnmaskController::UnmaskController(QWidget *dialogParent, QObject *parent)
    : QObject(parent), m_dialogParent(dialogParent), m_operator(systemOperator())
{}

UnmaskController::~UnmaskController()
{
  // The worker owns copies of what it writes; let it finish its transaction.
  if (m_watcher)
    m_watcher->waitForFinished();
}

Operator UnmaskController::systemOperator()
{
  Operator person;
  person.id = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
  person.name = person.id;
  person.role = roleFromKey(QSettings().value(u"operations/role"_s).toString());
  return person;
}

QString UnmaskController::refusal(const UnmaskRequest &request) const
{
  if (m_operator.id.isEmpty())
    return tr("This session has no user name to record in the audit trail, so personal data "
              "stays masked");
  if (!m_operator.canUnmask())
    return tr("%1 (%2) may not see personal data in clear; ask an operator or a supervisor")
        .arg(m_operator.name.isEmpty() ? tr("This account") : m_operator.name, roleTitle(m_operator.role));
  if (!request.store || request.features.empty())
    return tr("Choose the features whose personal data you need to see");
  if (personalFields(*request.store).isEmpty())
    return tr("This layer holds no personal data");
  if (request.features.size() > kMaxFeatures)
    return tr("Choose at most %1 features to unmask; %2 are selected")
        .arg(kMaxFeatures)
        .arg(request.features.size());
  return {};
}

void UnmaskController::request(UnmaskRequest request, std::function<void()> reveal)
{
  if (const QString why = refusal(request); !why.isEmpty()) {
    emit refused(why);
    return;
  }
  const QString what = tr("%1 of %n feature(s) of “%2”", nullptr, int(request.features.size()))
                           .arg(personalFields(*request.store).join(u", "_s), request.source);
  auto *dialog =
      new UnmaskDialog(what, u"%1 (%2)"_s.arg(m_operator.name, roleTitle(m_operator.role)), m_dialogParent);
  dialog->setAttribute(Qt::WA_DeleteOnClose);
  connect(dialog, &QDialog::accepted, this,
          [this, dialog, request = std::move(request), reveal = std::move(reveal)] {
            unmask(request, dialog->reason(), reveal);
          });
  dialog->open();
}

void UnmaskController::unmask(UnmaskRequest request, const QString &reason, std::function<void()> reveal)
{
  if (const QString why = refusal(request); !why.isEmpty()) {
    emit refused(why);
    return;
  }
  if (reason.trimmed().isEmpty()) {
    emit refused(tr("Give a reason for showing personal data in clear"));
    return;
  }
  if (isBusy()) {
    emit refused(tr("An unmask is being recorded; try again in a moment"));
    return;
  }
  m_reveal = std::move(reveal);
  m_watcher = std::make_unique<QFutureWatcher<Outcome>>();
  connect(m_watcher.get(), &QFutureWatcher<Outcome>::finished, this, [this] {
    const Outcome outcome = m_watcher->result();
    m_watcher.release()->deleteLater();
    std::function<void()> reveal = std::exchange(m_reveal, {});
    if (!outcome.error.isEmpty()) {
      if (outcome.denied)
        emit refused(outcome.error);
      else
        emit failed(outcome.error);
      return;
    }
    // Recorded: only now may the view show the values.
    if (reveal)
      reveal();
    emit unmasked(outcome.records);
  });
  m_watcher->setFuture(QtConcurrent::run(&UnmaskController::record, std::move(request), m_operator, reason));
}

UnmaskController::Outcome UnmaskController::record(const UnmaskRequest &request, const Operator &by,
                                                   const QString &reason)
{
  Outcome outcome;
  const FeatureStore &store = *request.store;
  QList<int> fields;
  for (int f = 0; f < store.fields().size(); ++f)
    if (PersonalDataMask::isPersonal(store.fields()[f].name))
      fields << f;
  const auto appendAll = [&](AuditLog &log) {
    PersonalDataAccess access(log);
    outcome.records = 0;
    for (const std::uint32_t feature : request.features) {
      for (const int f : std::as_const(fields)) {
        if (store.isNull(feature, f) || store.text(feature, f).isEmpty())
          continue;
        (void)access.unmask(by, reason, {request.source, store.fid(feature)}, store.fields()[f].name,
                            store.text(feature, f));
        ++outcome.records;
      }
    }
  };
  try {
    if (!request.sharedDatabase.isEmpty()) {
      PostgisAuditLog log(withConnectionOptions(request.sharedDatabase, {u"connect_timeout=5"_s}));
      log.transaction([&] { appendAll(log); });
    } else {
      const OpsDatabase database(request.databasePath);
      AuditTrail trail(database);
      sqlite::Transaction transaction(database.connection());
      appendAll(trail);
      transaction.commit();
    }
  } catch (const Error &e) {
    outcome.error = e.message();
    outcome.denied = e.code() == Error::Code::PermissionDenied;
  } catch (const std::exception &e) {
    outcome.error = QString::fromUtf8(e.what());
  }
  return outcome;
}

void UnmaskController::attach(IdentifyPanel *panel)
{
  connect(panel, &IdentifyPanel::unmaskRequested, this,
          [this, panel = QPointer(panel)](VectorLayer *layer, const IdentifiedFeature &feature) {
            if (!layer || !feature.store)
              return;
            UnmaskRequest asked = UnmaskRequest::forLayer(*layer, {feature.feature});
            // The identify snapshot, not a store the layer may have swapped since.
            asked.store = feature.store;
            request(std::move(asked), [panel, feature] {
              if (panel)
                panel->revealFeature(feature);
            });
          });
}

void UnmaskController::attach(AttributeTableWidget *table)
{
  auto *action = new QAction(tr("Unmask…"), table);
  action->setToolTip(tr("Show the personal data of the selected rows in clear (audited)"));
  QTableView *view = table->view();
  view->setContextMenuPolicy(Qt::ActionsContextMenu);
  view->addAction(action);
  const auto update = [table, action] { action->setVisible(table->model()->hasPersonalColumns()); };
  update();
  connect(table->model(), &QAbstractItemModel::modelReset, action, update);
  connect(action, &QAction::triggered, this, [this, table = QPointer(table)] {
    if (!table || !table->layer())
      return;
    std::vector<std::uint32_t> features;
    for (const QModelIndex &row : table->view()->selectionModel()->selectedRows())
      features.push_back(table->model()->featureAt(row.row()));
    std::sort(features.begin(), features.end());
    UnmaskRequest asked = UnmaskRequest::forLayer(*table->layer(), features);
    asked.store = table->model()->store();
    // Feature indices mean something only in the store they were chosen from.
    request(std::move(asked), [table, features, store = table->model()->store()] {
      if (table && table->model()->store() == store)
        table->model()->revealFeatures(features);
    });
  });
}

void UnmaskController::attach(GridCasesPanel *panel)
{
  connect(panel, &GridCasesPanel::unmaskRequested, this,
          [this, panel = QPointer(panel)](VectorLayer *grids, std::shared_ptr<const FeatureStore> store,
                                          std::uint32_t grid) {
            if (!grids || !store)
              return;
            UnmaskRequest asked = UnmaskRequest::forLayer(*grids, {grid});
            // The store the grid was found in, not one the layer may have swapped since (the
            // event timeline swaps the grids' attributes for each window).
            asked.store = store;
            request(std::move(asked), [panel, store, grid] {
              if (panel)
                panel->revealStaff(store, grid);
            });
          });
}

} // namespace rc
