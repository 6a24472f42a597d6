#pragma once

#include "CaseDraft.h"

#include <QFormLayout>
#include <QVBoxLayout>
#include <QWidget>

namespace Aloite::Ui {

/// One tab of the case editor: a widget over the editor's CaseDraft, whose edits go to the
/// draft's undo stack and whose widgets the draft refreshes after every edit, undo and redo.
class CasePart : public QWidget
{
public:
    explicit CasePart(CaseDraft& draft, QWidget* parent = nullptr)
        : QWidget(parent)
        , m_case(draft)
    {
    }

    /// Says the texts made from the case again in the current interface language; the editor
    /// runs it after the draft's own retranslate().
    virtual void retranslate() { }

protected:
    const Initiative& draft() const { return m_case.initiative(); }

    /// A form at the top of the part whose fields grow to the width; the room below stays empty.
    QFormLayout* topForm()
    {
        auto* pageLayout = new QVBoxLayout(this);
        auto* form = new QFormLayout;
        pageLayout->addLayout(form);
        pageLayout->addStretch(1);
        form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
        return form;
    }

    CaseDraft& m_case;
};

} // namespace Aloite::Ui
