[#-- A VCL of the user's, copied into .platform/ where Platform.sh reads it. --]
# Copied by Gantry from [=copiedFrom] for Platform.sh. Do not edit this copy: edit
# [=copiedFrom] and run `gantry generate`.
[=text]
