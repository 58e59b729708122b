[#-- A task definition as JSON, written by Gantry's JSON writer (JSON cannot hold a "generated" comment). --]
[=json]
