// Placeholder for a stage with no sources yet.
