#include "inspect/IdentifyPanel.h"

#include "data/FeatureStore.h"
#include "privacy/PersonalDataMask.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QStyle>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rc {

namespace {

/// On a feature item: which layer of the results and which of its listed features.
constexpr int kLayerRole = Qt::UserRole;
constexpr int kFeatureRole = Qt::UserRole + 1;

/// The first non-empty text attribute that is not personal, which for Fuzhou's layers is the name:
/// what an operator recognises a feature by.
QString featureLabel(const FeatureStore &store, std::uint32_t feature)
{
  const Fields &fields = store.fields();
  for (int f = 0; f < fields.size(); ++f)
    if (fields[f].type == FieldType::String && !store.isMasked(f) &&
        !PersonalDataMask::isPersonal(fields[f].name) && !store.isNull(feature, f) &&
        !store.text(feature, f).isEmpty())
      return store.text(feature, f);
  return {};
}

bool hasPersonalFields(const FeatureStore &store)
{
  return store.hasMaskedColumns();
}

} // namespace

IdentifyPanel::IdentifyPanel(QWidget *parent)
    : QWidget(parent), m_summary(new QLabel(this)), m_tree(new QTreeWidget(this)),
      m_zoomButton(new QToolButton(this)), m_flashButton(new QToolButton(this)),
      m_unmaskButton(new QToolButton(this))
{
  m_tree->setColumnCount(2);
  m_tree->setUniformRowHeights(true);
  m_tree->setAlternatingRowColors(true);
  m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
  m_tree->header()->setStretchLastSection(true);
  connect(m_tree, &QTreeWidget::currentItemChanged, this, &IdentifyPanel::onCurrentItemChanged);
  connect(m_tree, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *item) {
    if (featureItem(item))
      zoomToCurrentFeature();
  });

  m_zoomButton->setIcon(style()->standardIcon(QStyle::SP_FileDialogContentsView));
  connect(m_zoomButton, &QToolButton::clicked, this, &IdentifyPanel::zoomToCurrentFeature);
  m_flashButton->setIcon(style()->standardIcon(QStyle::SP_DialogYesButton));
  connect(m_flashButton, &QToolButton::clicked, this, [this] {
    const IdentifiedFeature feature = currentFeature();
    if (feature.store)
      emit flashRequested(feature);
  });

  m_unmaskButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
  connect(m_unmaskButton, &QToolButton::clicked, this, [this] {
    const QTreeWidgetItem *item = featureItem(m_tree->currentItem());
    const IdentifiedFeature feature = currentFeature();
    if (item && feature.store)
      emit unmaskRequested(m_results.layers[item->data(0, kLayerRole).toInt()].layer, feature);
  });

  auto *top = new QHBoxLayout;
  top->addWidget(m_summary, 1);
  top->addWidget(m_unmaskButton);
  top->addWidget(m_flashButton);
  top->addWidget(m_zoomButton);
  auto *layout = new QVBoxLayout(this);
  layout->setContentsMargins(4, 4, 4, 4);
  layout->addLayout(top);
  layout->addWidget(m_tree, 1);
  retranslate();
}

QString IdentifyPanel::summaryText() const
{
  return m_summary->text();
}

void IdentifyPanel::showSearching()
{
  m_searching = true;
  updateSummary();
}

void IdentifyPanel::clear()
{
  setResults({});
}

void IdentifyPanel::setResults(const IdentifyResults &results)
{
  // Clear values are for the results they were asked for, not for the next click.
  m_revealed.clear();
  m_results = results;
  rebuildTree();
}

void IdentifyPanel::rebuildTree()
{
  m_searching = false;
  m_tree->clear();
  const QLocale locale;
  QList<QTreeWidgetItem *> layerItems;
  for (qsizetype l = 0; l < m_results.layers.size(); ++l) {
    const IdentifyLayerResult &layer = m_results.layers[l];
    auto *layerItem = new QTreeWidgetItem;
    layerItem->setText(0, layer.layerName);
    layerItem->setText(1, layer.features.size() < layer.total
                              ? tr("showing %1 of %2")
                                    .arg(locale.toString(qulonglong(layer.features.size())),
                                         locale.toString(qulonglong(layer.total)))
                              : tr("%n feature(s)", nullptr, int(layer.total)));
    QFont bold = layerItem->font(0);
    bold.setBold(true);
    layerItem->setFont(0, bold);
    for (std::size_t i = 0; i < layer.features.size(); ++i) {
      auto *item = new QTreeWidgetItem(layerItem);
      item->setData(0, kLayerRole, int(l));
      item->setData(0, kFeatureRole, qulonglong(i));
      fillFeature(item, layer, layer.features[i]);
    }
    layerItems.append(layerItem);
  }
  m_tree->addTopLevelItems(layerItems);
  for (QTreeWidgetItem *item : std::as_const(layerItems))
    item->setExpanded(true);
  // One feature found is what a click usually means: open its attributes straight away.
  if (!layerItems.isEmpty() && layerItems.first()->childCount() > 0) {
    QTreeWidgetItem *first = layerItems.first()->child(0);
    first->setExpanded(m_results.shown() == 1);
    const QSignalBlocker block(m_tree);
    m_tree->setCurrentItem(first);
  }
  updateSummary();
  updateButtons();
}

void IdentifyPanel::revealFeature(const IdentifiedFeature &feature)
{
  if (!feature.store)
    return;
  m_revealed.append({feature.store.get(), feature.feature});
  // Refill the feature's rows in place, keeping the tree as the operator left it.
  for (int l = 0; l < m_tree->topLevelItemCount(); ++l) {
    QTreeWidgetItem *layerItem = m_tree->topLevelItem(l);
    for (int c = 0; c < layerItem->childCount(); ++c) {
      QTreeWidgetItem *item = layerItem->child(c);
      const qsizetype layer = item->data(0, kLayerRole).toInt();
      const std::size_t index = item->data(0, kFeatureRole).toULongLong();
      if (layer >= m_results.layers.size() || index >= m_results.layers[layer].features.size())
        continue;
      const IdentifyLayerResult &result = m_results.layers[layer];
      if (result.store.get() != feature.store.get() || result.features[index] != feature.feature)
        continue;
      const bool expanded = item->isExpanded();
      qDeleteAll(item->takeChildren());
      fillFeature(item, result, feature.feature);
      item->setExpanded(expanded);
    }
  }
  updateButtons();
}

void IdentifyPanel::updateButtons()
{
  const IdentifiedFeature feature = currentFeature();
  m_zoomButton->setEnabled(feature.store != nullptr);
  m_flashButton->setEnabled(feature.store != nullptr);
  m_unmaskButton->setEnabled(feature.store && hasPersonalFields(*feature.store) &&
                             !m_revealed.contains({feature.store.get(), feature.feature}));
}

void IdentifyPanel::fillFeature(QTreeWidgetItem *item, const IdentifyLayerResult &layer,
                                std::uint32_t feature) const
{
  const FeatureStore &store = *layer.store;
  item->setText(0, tr("Feature %1").arg(store.fid(feature)));
  item->setText(1, featureLabel(store, feature));
  const Fields &fields = store.fields();
  const bool revealed = m_revealed.contains({&store, feature});
  QFont italic = item->font(1);
  italic.setItalic(true);
  for (int f = 0; f < fields.size(); ++f) {
    auto *row = new QTreeWidgetItem(item);
    row->setText(0, fields[f].displayName());
    if (!fields[f].alias.isEmpty())
      row->setToolTip(0, fields[f].name);
    if (store.isNull(feature, f)) {
      row->setText(1, u"NULL"_s);
      row->setFont(1, italic);
      row->setForeground(1, palette().brush(QPalette::Disabled, QPalette::Text));
    } else {
      // The layer's store holds personal fields masked; their values only after an audited unmask.
      row->setText(1, revealed ? store.clearText(feature, f) : store.text(feature, f));
    }
  }
}

QTreeWidgetItem *IdentifyPanel::featureItem(QTreeWidgetItem *item) const
{
  // Attribute rows belong to the feature above them.
  if (item && item->data(0, kLayerRole).isNull() && item->parent() && item->parent()->parent())
    item = item->parent();
  return item && !item->data(0, kLayerRole).isNull() ? item : nullptr;
}

IdentifiedFeature IdentifyPanel::currentFeature() const
{
  const QTreeWidgetItem *item = featureItem(m_tree->currentItem());
  if (!item)
    return {};
  const qsizetype layer = item->data(0, kLayerRole).toInt();
  const std::size_t index = item->data(0, kFeatureRole).toULongLong();
  if (layer >= m_results.layers.size() || index >= m_results.layers[layer].features.size())
    return {};
  return m_results.layers[layer].identified(index);
}

void IdentifyPanel::zoomToCurrentFeature()
{
  const IdentifiedFeature feature = currentFeature();
  if (!feature.store)
    return;
  const BBox bounds = featureBounds(*feature.store, std::span(&feature.feature, 1), feature.toCanvas);
  if (!bounds.isEmpty())
    emit zoomRequested(bounds);
}

void IdentifyPanel::onCurrentItemChanged()
{
  const IdentifiedFeature feature = currentFeature();
  updateButtons();
  if (feature.store)
    emit flashRequested(feature);
}

void IdentifyPanel::updateSummary()
{
  if (m_searching) {
    m_summary->setText(tr("Searching…"));
    return;
  }
  const std::size_t total = m_results.total(), shown = m_results.shown();
  const QLocale locale;
  if (total == 0)
    m_summary->setText(tr("No features found"));
  else if (shown < total)
    m_summary->setText(tr("Showing %1 of %2 features")
                           .arg(locale.toString(qulonglong(shown)), locale.toString(qulonglong(total))));
  else
    m_summary->setText(tr("%n feature(s) found", nullptr, int(total)));
}

void IdentifyPanel::changeEvent(QEvent *event)
{
  if (event->type() == QEvent::LanguageChange)
    retranslate();
  QWidget::changeEvent(event);
}

void IdentifyPanel::retranslate()
{
  m_tree->setHeaderLabels({tr("Feature / Field"), tr("Value")});
  m_zoomButton->setToolTip(tr("Zoom to the feature"));
  m_flashButton->setToolTip(tr("Flash the feature on the map"));
  m_unmaskButton->setText(tr("Unmask…"));
  m_unmaskButton->setToolTip(tr("Show the feature's phone numbers, ID numbers and names in clear (needs the "
                                "operator role and a reason; audited)"));
  // The texts in the tree are translated too: build it again from the same results.
  if (!m_results.layers.isEmpty() && !m_searching)
    rebuildTree();
  else
    updateSummary();
}

} // namespace rc
