"""Exchange packages between offices: the file format, the merge rules, conflicts and history."""
