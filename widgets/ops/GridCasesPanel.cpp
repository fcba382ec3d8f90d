#include "ops/GridCasesPanel.h"

#include "data/FeatureStore.h"
#include "geo/CoordinateTransform.h"
#include "map/VectorLayer.h"
#include "ops/CaseDeskModel.h"
#include "ops/GridEventIndex.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QTimeZone>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace rc {

namespace {

constexpr int kOriginRole = Qt::UserRole;
constexpr int kIdRole = Qt::UserRole + 1;

} // namespace

GridCasesPanel::GridCasesPanel(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_staff(new QLabel(this)),
      m_unmaskButton(new QToolButton(this)), m_summary(new QLabel(this)),
      m_table(new QTableWidget(0, ColumnCount, this))
{
  QFont bold = m_title->font();
  bold.setBold(true);
  m_title->setFont(bold);
  m_title->setWordWrap(true);
  m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
  m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
  m_table->setSelectionMode(QAbstractItemView::SingleSelection);
  m_table->verticalHeader()->hide();
  m_table->horizontalHeader()->setStretchLastSection(true);
  m_staff->setWordWrap(true);
  m_unmaskButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
  m_unmaskButton->setEnabled(false);
  connect(m_unmaskButton, &QToolButton::clicked, this, [this] {
    if (m_layerReport.found && m_gridsStore && !m_staffRevealed)
      emit unmaskRequested(m_grids, m_gridsStore, m_layerReport.gridFeature);
  });
  auto *staffRow = new QHBoxLayout;
  staffRow->addWidget(m_staff, 1);
  staffRow->addWidget(m_unmaskButton);
  auto *layout = new QVBoxLayout(this);
  layout->addWidget(m_title);
  layout->addLayout(staffRow);
  layout->addWidget(m_summary);
  layout->addWidget(m_table, 1);
  connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row) {
    const QTableWidgetItem *item = m_table->item(row, Reference);
    if (!item)
      return;
    if (GridOpenCase::Origin(item->data(kOriginRole).toInt()) == GridOpenCase::Origin::Desk)
      emit deskCaseActivated(item->data(kIdRole).toLongLong());
    else
      emit eventActivated(std::uint32_t(item->data(kIdRole).toLongLong()));
  });
  retranslate();
}

GridCasesPanel::~GridCasesPanel()
{
  // The worker holds its own copies of the stores.
  if (m_watcher)
    m_watcher->disconnect(this);
}

void GridCasesPanel::setGridsLayer(VectorLayer *grids)
{
  m_grids = grids;
}

void GridCasesPanel::setEventsLayer(VectorLayer *events)
{
  m_events = events;
}

void GridCasesPanel::setEventIndex(std::shared_ptr<const GridEventIndex> index,
                                   std::shared_ptr<const FeatureStore> events)
{
  m_index = std::move(index);
  m_indexedEvents = std::move(events);
}

void GridCasesPanel::setDeskCases(QList<EventCase> cases)
{
  m_deskCases = std::move(cases);
  if (m_layerReport.found)
    fill();
}

void GridCasesPanel::showAt(QPointF point, const Crs &crs)
{
  if (!m_grids || m_grids->state() != MapLayer::State::Ready || !m_grids->features()) {
    emit message(tr("There is no loaded grids layer to look up."));
    return;
  }
  double x = point.x(), y = point.y();
  try {
    CoordinateTransform(crs, m_grids->crs()).transform(x, y);
  } catch (const CrsError &e) {
    emit message(QString::fromUtf8(e.what()));
    return;
  }
  std::shared_ptr<const FeatureStore> events =
      m_events && m_events->state() == MapLayer::State::Ready ? m_events->features() : nullptr;
  const std::shared_ptr<const GridEventIndex> index = events && events == m_indexedEvents ? m_index : nullptr;
  if (m_watcher)
    m_watcher->disconnect(this); // a newer click wins
  m_watcher = std::make_unique<QFutureWatcher<Result>>();
  connect(m_watcher.get(), &QFutureWatcherBase::finished, this, &GridCasesPanel::onFound);
  const QDateTime now = m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
  m_watcher->setFuture(QtConcurrent::run([grids = m_grids->features(), events = std::move(events), index,
                                          limits = m_limits, now, x, y]() -> Result {
    Result result;
    try {
      result.grids = grids;
      result.events = events;
      result.index = index;
      if (events && !index)
        result.index = GridEventIndex::build(*events);
      if (const std::optional<std::uint32_t> grid = GridCaseFinder::gridAt(*grids, x, y))
        result.report = GridCaseFinder::report(*grids, *grid, events.get(), result.index.get(), limits, now);
    } catch (const std::bad_alloc &) {
      result.error = GridCasesPanel::tr("Not enough memory to list the grid's cases.");
    }
    return result;
  }));
}

void GridCasesPanel::onFound()
{
  Result result = m_watcher->result();
  m_watcher.release()->deleteLater();
  if (!result.error.isEmpty()) {
    emit message(result.error);
    return;
  }
  if (result.index) {
    m_index = result.index;
    m_indexedEvents = result.events;
  }
  if (!result.report.found) {
    emit message(tr("No grid here: click inside a grid of the grids layer."));
    return;
  }
  m_layerReport = std::move(result.report);
  m_gridsStore = std::move(result.grids);
  m_staffRevealed = false;
  fill();
  emit gridShown(m_layerReport.gridFeature);
}

QString GridCasesPanel::staffText() const
{
  if (!m_report.found)
    return {};
  if (m_report.staffName.isEmpty() && m_report.staffPhone.isEmpty())
    return tr("Grid staff: none assigned");
  return tr("Grid staff: %1 %2").arg(m_report.staffName, m_report.staffPhone).trimmed();
}

void GridCasesPanel::revealStaff(const std::shared_ptr<const FeatureStore> &store, std::uint32_t grid)
{
  if (!m_layerReport.found || store != m_gridsStore || grid != m_layerReport.gridFeature)
    return;
  const auto clear = [&](const QString &name) {
    const int field = store->fieldIndex(name);
    return field < 0 || store->isNull(grid, field) ? QString() : store->clearText(grid, field);
  };
  m_layerReport.staffName = clear(u"staff_name"_s);
  m_layerReport.staffPhone = clear(u"staff_phone"_s);
  m_staffRevealed = true;
  fill();
}

void GridCasesPanel::fill()
{
  m_report = m_layerReport;
  GridCaseFinder::addDeskCases(m_report, m_deskCases);
  const GridCasesReport &r = m_report;
  QStringList place;
  for (const QString &part : {r.community, r.town, r.district})
    if (!part.isEmpty())
      place << part;
  m_title->setText(tr("Grid %1 · %2").arg(r.gridCode, place.join(u", "_s)));
  m_staff->setText(staffText());
  m_unmaskButton->setEnabled(!m_staffRevealed && !(r.staffName.isEmpty() && r.staffPhone.isEmpty()));
  const auto overdue =
      std::count_if(r.cases.begin(), r.cases.end(), [](const GridOpenCase &c) { return c.isOverdue(); });
  const QTimeZone beijing(8 * 3600);
  m_summary->setText(tr("%n open case(s), %1 overdue, as of %2", nullptr, int(r.cases.size()))
                         .arg(overdue)
                         .arg(r.asOf.toTimeZone(beijing).toString(u"yyyy-MM-dd HH:mm"_s)));

  m_table->setRowCount(int(r.cases.size()));
  const QString timeFormat = u"MM-dd HH:mm"_s;
  const QBrush red(QColor(0xC6, 0x28, 0x28));
  for (int row = 0; row < r.cases.size(); ++row) {
    const GridOpenCase &c = r.cases[row];
    const bool desk = c.origin == GridOpenCase::Origin::Desk;
    const QString cells[ColumnCount] = {
        c.reference,
        desk ? tr("Case desk") : tr("Event record"),
        c.subclass.isEmpty() ? c.eventClass : c.eventClass + u" / "_s + c.subclass,
        c.step,
        c.reportedAt.isValid() ? c.reportedAt.toTimeZone(beijing).toString(timeFormat) : QString(),
        c.isOverdue()          ? tr("overdue %1").arg(CaseDeskModel::formatOverdue(c.overdueSeconds))
        : c.deadline.isValid() ? c.deadline.toTimeZone(beijing).toString(timeFormat)
                               : QString()};
    for (int column = 0; column < ColumnCount; ++column) {
      auto *item = new QTableWidgetItem(cells[column]);
      if (c.isOverdue()) {
        item->setForeground(red);
        QFont font = item->font();
        font.setBold(true);
        item->setFont(font);
      }
      m_table->setItem(row, column, item);
    }
    m_table->item(row, Reference)->setData(kOriginRole, int(c.origin));
    m_table->item(row, Reference)->setData(kIdRole, desk ? c.caseId : qint64(c.feature));
  }
  m_table->resizeColumnsToContents();
}

void GridCasesPanel::changeEvent(QEvent *event)
{
  if (event->type() == QEvent::LanguageChange) {
    retranslate();
    if (m_layerReport.found)
      fill();
  }
  QWidget::changeEvent(event);
}

void GridCasesPanel::retranslate()
{
  m_unmaskButton->setText(tr("Unmask…"));
  m_unmaskButton->setToolTip(tr("Show the grid staff's name and phone in clear (needs the operator or "
                                "supervisor role, a reason, and is recorded in the audit trail)"));
  m_table->setHorizontalHeaderLabels(
      {tr("No."), tr("Source"), tr("Class"), tr("Step"), tr("Reported"), tr("Deadline")});
  if (!m_layerReport.found)
    m_title->setText(tr("Choose the Grid Cases tool and click a grid on the map."));
}

} // namespace rc
