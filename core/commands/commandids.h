#pragma once

namespace archscope {

// Merge ids for QUndoCommand::id(): repeated edits of one kind collapse into one undo step.
enum CommandId {
    MoveNodesId = 1,
    ChangePropertyId,
    ChangeSettingsId,
    ChangeTitleId,
};

} // namespace archscope
