#include "inspect/AttributeTableWidget.h"

#include "inspect/AttributeTableModel.h"
#include "style/Expression.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QScopedValueRollback>
#include <QStyle>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rc {

namespace {

const QColor kErrorColor(0xC6, 0x28, 0x28);

} // namespace

AttributeTableWidget::AttributeTableWidget(VectorLayer *layer, QWidget *parent)
    : QWidget(parent), m_layer(layer), m_model(new AttributeTableModel(this)), m_filter(new QLineEdit(this)),
      m_error(new QLabel(this)), m_view(new QTableView(this)), m_progress(new QProgressBar(this)),
      m_cancel(new QToolButton(this)), m_status(new QLabel(this)), m_zoomButton(new QToolButton(this)),
      m_clearSelectionButton(new QToolButton(this))
{
  m_filter->setClearButtonEnabled(true);
  connect(m_filter, &QLineEdit::returnPressed, this, &AttributeTableWidget::applyFilter);
  connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
    // The error was about the old text; an emptied box means "show everything".
    hideError();
    if (text.trimmed().isEmpty())
      m_model->clearFilter();
  });
  QPalette errorPalette = m_error->palette();
  errorPalette.setColor(QPalette::WindowText, kErrorColor);
  m_error->setPalette(errorPalette);
  m_error->setTextFormat(Qt::RichText);
  m_error->setWordWrap(true);
  m_error->setVisible(false);

  m_view->setModel(m_model);
  m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
  m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
  m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
  m_view->setWordWrap(false);
  m_view->setAlternatingRowColors(true);
  // Fixed row heights: the view never measures rows, whatever their number.
  m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
  m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
  // No indicator before enabling sorting, or the view would sort by the first column at once.
  m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
  m_view->setSortingEnabled(true);

  m_viewSelectionTimer.setSingleShot(true);
  m_viewSelectionTimer.setInterval(0);
  connect(&m_viewSelectionTimer, &QTimer::timeout, this, &AttributeTableWidget::selectFeaturesFromView);
  connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
    if (!m_syncing)
      m_viewSelectionTimer.start();
  });
  connect(m_model, &QAbstractItemModel::modelReset, this, &AttributeTableWidget::selectRowsFromLayer);
  connect(m_model, &AttributeTableModel::busyChanged, this, &AttributeTableWidget::onBusyChanged);
  connect(m_model, &AttributeTableModel::progressChanged, this, &AttributeTableWidget::onProgress);

  m_progress->setVisible(false);
  m_progress->setMaximumWidth(200);
  m_cancel->setVisible(false);
  connect(m_cancel, &QToolButton::clicked, this, &AttributeTableWidget::cancelFilter);
  m_zoomButton->setIcon(style()->standardIcon(QStyle::SP_FileDialogContentsView));
  m_zoomButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
  connect(m_zoomButton, &QToolButton::clicked, this, [this] {
    if (m_layer && !m_layer->selection().empty())
      emit zoomToSelectionRequested(m_layer);
  });
  m_clearSelectionButton->setIcon(style()->standardIcon(QStyle::SP_DialogResetButton));
  m_clearSelectionButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
  connect(m_clearSelectionButton, &QToolButton::clicked, this, [this] {
    if (m_layer)
      m_layer->clearSelection();
  });

  auto *bottom = new QHBoxLayout;
  bottom->addWidget(m_progress);
  bottom->addWidget(m_cancel);
  bottom->addWidget(m_status, 1);
  bottom->addWidget(m_clearSelectionButton);
  bottom->addWidget(m_zoomButton);
  auto *layout = new QVBoxLayout(this);
  layout->setContentsMargins(4, 4, 4, 4);
  layout->addWidget(m_filter);
  layout->addWidget(m_error);
  layout->addWidget(m_view, 1);
  layout->addLayout(bottom);

  if (m_layer) {
    connect(m_layer, &VectorLayer::selectionChanged, this, &AttributeTableWidget::selectRowsFromLayer);
    // The table shows what the map draws: the layer's subset (e.g. the event timeline's window).
    connect(m_layer, &VectorLayer::subsetChanged, this, [this] { m_model->setSubset(m_layer->subset()); });
    connect(m_layer, &VectorLayer::loaded, this, &AttributeTableWidget::onLayerLoaded);
    connect(m_layer, &MapLayer::propertiesChanged, this, &AttributeTableWidget::updateTitle);
    connect(m_layer, &QObject::destroyed, this, [this] {
      m_model->setStore({});
      updateStatus();
    });
    m_model->setStore(m_layer->features());
    m_model->setSubset(m_layer->subset());
  }
  retranslate();
  updateStatus();
}

AttributeTableWidget::~AttributeTableWidget() = default;

QString AttributeTableWidget::errorText() const
{
  return m_errorText;
}

QString AttributeTableWidget::statusText() const
{
  return m_status->text();
}

void AttributeTableWidget::applyFilter()
{
  ExpressionError error;
  if (!m_model->setFilterExpression(m_filter->text(), &error)) {
    showError(m_filter->text(), error);
    return;
  }
  hideError();
}

void AttributeTableWidget::clearFilter()
{
  {
    const QSignalBlocker block(m_filter);
    m_filter->clear();
  }
  hideError();
  m_model->clearFilter();
}

void AttributeTableWidget::cancelFilter()
{
  m_model->cancel();
}

void AttributeTableWidget::showError(const QString &text, const ExpressionError &error)
{
  QString where;
  if (error.position >= int(text.size()))
    where = tr("at the end");
  else if (error.position >= 0)
    where = tr("at character %1").arg(error.position + 1);
  m_errorText = where.isEmpty() ? error.message : tr("%1, %2").arg(error.message, where);

  // The expression again, with the faulty part marked, under the message.
  QString html = u"<b>"_s + m_errorText.toHtmlEscaped() + u"</b>"_s;
  if (error.position >= 0) {
    const int position = std::min(error.position, int(text.size()));
    const int length = std::max(error.length, 1);
    html += u"<br/><span style=\"white-space:pre\">"_s + text.left(position).toHtmlEscaped() +
            u"<span style=\"background-color:#ffcdd2; text-decoration:underline\">"_s +
            (position < text.size() ? text.mid(position, length).toHtmlEscaped() : u"&nbsp;"_s) +
            u"</span>"_s + text.mid(position + length).toHtmlEscaped() + u"</span>"_s;
    m_filter->setCursorPosition(position);
  }
  m_error->setText(html);
  m_error->setVisible(true);
}

void AttributeTableWidget::hideError()
{
  m_errorText.clear();
  m_error->clear();
  m_error->setVisible(false);
}

void AttributeTableWidget::updateStatus()
{
  const QLocale locale;
  const std::size_t selected = m_layer ? m_layer->selection().size() : 0;
  const QString shown = locale.toString(qlonglong(m_model->rowCount()));
  const QString total = locale.toString(qulonglong(m_model->featureCount()));
  m_status->setText(
      selected == 0
          ? tr("%1 of %2 features").arg(shown, total)
          : tr("%1 of %2 features, %3 selected").arg(shown, total, locale.toString(qulonglong(selected))));
  m_zoomButton->setEnabled(selected > 0);
  m_clearSelectionButton->setEnabled(selected > 0);
}

void AttributeTableWidget::onBusyChanged(bool busy)
{
  m_progress->setVisible(busy);
  m_cancel->setVisible(busy);
  if (busy) {
    m_progress->setRange(0, 0);
    return;
  }
  // A cancelled sort leaves the indicator on the column clicked: show what the rows are sorted by.
  const QSignalBlocker block(m_view->horizontalHeader());
  m_view->horizontalHeader()->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
}

void AttributeTableWidget::onProgress(double fraction)
{
  if (fraction < 0) {
    m_progress->setRange(0, 0);
    return;
  }
  m_progress->setRange(0, 1000);
  m_progress->setValue(int(fraction * 1000));
}

void AttributeTableWidget::onLayerLoaded()
{
  m_model->setStore(m_layer->features());
  m_model->setSubset(m_layer->subset());
  updateStatus();
}

void AttributeTableWidget::selectRowsFromLayer()
{
  if (m_syncing || !m_layer) {
    updateStatus();
    return;
  }
  std::vector<int> rows;
  rows.reserve(m_layer->selection().size());
  for (const std::uint32_t feature : m_layer->selection())
    if (const int row = m_model->rowOf(feature); row >= 0)
      rows.push_back(row);
  if (!m_model->rowsInFeatureOrder())
    std::sort(rows.begin(), rows.end());

  // One range per run of consecutive rows: a selection of a million neighbouring rows is one range.
  QItemSelection selection;
  const int lastColumn = m_model->columnCount() - 1;
  for (std::size_t i = 0; i < rows.size() && lastColumn >= 0;) {
    std::size_t j = i;
    while (j + 1 < rows.size() && rows[j + 1] <= rows[j] + 1)
      ++j;
    selection.append(QItemSelectionRange(m_model->index(rows[i], 0), m_model->index(rows[j], lastColumn)));
    i = j + 1;
  }

  const QScopedValueRollback guard(m_syncing, true);
  QItemSelectionModel *selectionModel = m_view->selectionModel();
  // Clearing first keeps QItemSelectionModel from comparing the old ranges with the new, which
  // costs the product of their counts.
  selectionModel->clearSelection();
  if (!selection.isEmpty())
    selectionModel->select(selection, QItemSelectionModel::Select);
  m_viewSelectionTimer.stop();
  updateStatus();
}

void AttributeTableWidget::selectFeaturesFromView()
{
  if (!m_layer)
    return;
  std::vector<std::uint32_t> features;
  // Features the filter or the subset hides keep their selection: the table can neither show nor
  // change them.
  if (m_model->store() && std::size_t(m_model->rowCount()) < m_model->store()->featureCount())
    for (const std::uint32_t feature : m_layer->selection())
      if (m_model->rowOf(feature) < 0)
        features.push_back(feature);
  const QItemSelection selection = m_view->selectionModel()->selection();
  for (const QItemSelectionRange &range : selection)
    for (int row = range.top(); row <= range.bottom(); ++row)
      features.push_back(m_model->featureAt(row));
  const QScopedValueRollback guard(m_syncing, true);
  m_layer->setSelection(std::move(features));
  updateStatus();
}

void AttributeTableWidget::changeEvent(QEvent *event)
{
  if (event->type() == QEvent::LanguageChange)
    retranslate();
  QWidget::changeEvent(event);
}

void AttributeTableWidget::retranslate()
{
  updateTitle();
  m_filter->setPlaceholderText(
      tr("Filter by expression, e.g. \"kind\" = 'poi' AND \"population\" > 1000; Enter applies"));
  m_cancel->setText(tr("Cancel"));
  m_cancel->setToolTip(tr("Stop filtering"));
  m_zoomButton->setText(tr("Zoom to Selection"));
  m_clearSelectionButton->setText(tr("Clear Selection"));
  updateStatus();
  if (!m_errorText.isEmpty()) {
    ExpressionError error;
    if (!m_model->checkFilter(m_filter->text(), &error))
      showError(m_filter->text(), error);
  }
}

void AttributeTableWidget::updateTitle()
{
  setWindowTitle(m_layer ? tr("Attribute table — %1").arg(m_layer->name()) : tr("Attribute table"));
}

} // namespace rc
