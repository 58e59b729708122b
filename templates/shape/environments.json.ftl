[#-- The environments' shapes as JSON, written by Gantry's JSON writer (JSON cannot hold a "generated" comment; its "note" says it). --]
[=json]
