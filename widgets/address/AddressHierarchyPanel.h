#pragma once

#include "address/AddressHierarchy.h"

#include <QWidget>

class QLabel;
class QTreeView;

namespace rc {

class AddressHierarchyModel;

/// The hierarchy browser dock: district → town → community → road → house number → compound →
/// building → unit → room, each level listed when opened. Choosing an entry (click or keyboard)
/// asks for the map to go there. GUI thread.
class AddressHierarchyPanel final : public QWidget
{
  Q_OBJECT

public:
  explicit AddressHierarchyPanel(QWidget *parent = nullptr);

  void setHierarchy(std::shared_ptr<const AddressHierarchy> hierarchy);
  [[nodiscard]] AddressHierarchyModel *model() const { return m_model; }
  [[nodiscard]] QTreeView *view() const { return m_view; }
  /// What the panel says above the tree (loading, how many addresses, a failure).
  void setStatus(const QString &text);

signals:
  void nodeChosen(const rc::AddressNode &node);

protected:
  void changeEvent(QEvent *event) override;

private:
  AddressHierarchyModel *m_model;
  QTreeView *m_view;
  QLabel *m_status;
};

} // namespace rc
