#include "address/AddressHierarchyPanel.h"

#include "address/AddressHierarchyModel.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rc {

AddressHierarchyPanel::AddressHierarchyPanel(QWidget *parent)
    : QWidget(parent), m_model(new AddressHierarchyModel(this)), m_view(new QTreeView), m_status(new QLabel)
{
  setObjectName(u"addressHierarchyPanel"_s);
  auto *layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->setSpacing(2);
  m_status->setContentsMargins(6, 4, 6, 2);
  m_status->setWordWrap(true);
  m_status->setForegroundRole(QPalette::PlaceholderText);
  layout->addWidget(m_status);
  m_view->setObjectName(u"addressHierarchyView"_s);
  m_view->setModel(m_model);
  m_view->setUniformRowHeights(true);
  m_view->setAlternatingRowColors(true);
  m_view->header()->setStretchLastSection(false);
  m_view->header()->setSectionResizeMode(AddressHierarchyModel::NameColumn, QHeaderView::Stretch);
  m_view->header()->setSectionResizeMode(AddressHierarchyModel::CountColumn, QHeaderView::ResizeToContents);
  layout->addWidget(m_view, 1);
  connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
          [this](const QModelIndex &current) {
            if (const AddressNode *node = m_model->node(current))
              emit nodeChosen(*node);
          });
  connect(m_model, &AddressHierarchyModel::failed, this, &AddressHierarchyPanel::setStatus);
}

void AddressHierarchyPanel::setHierarchy(std::shared_ptr<const AddressHierarchy> hierarchy)
{
  const qint64 count = hierarchy ? hierarchy->index()->addressCount() : 0;
  m_model->setHierarchy(std::move(hierarchy));
  if (m_model->hierarchy())
    setStatus(tr("%L1 standard addresses").arg(count));
}

void AddressHierarchyPanel::setStatus(const QString &text)
{
  m_status->setText(text);
}

void AddressHierarchyPanel::changeEvent(QEvent *event)
{
  if (event->type() == QEvent::LanguageChange && m_model->hierarchy())
    setStatus(tr("%L1 standard addresses").arg(m_model->hierarchy()->index()->addressCount()));
  QWidget::changeEvent(event);
}

} // namespace rc
