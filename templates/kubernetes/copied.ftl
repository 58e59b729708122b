[#-- A configuration file of the user's, copied beside the kustomization, which reads files below itself only. --]
# Copied by Gantry from [=q.comment(copiedFrom)], from which the kustomization makes a ConfigMap. Do not
# edit this copy: edit [=q.comment(copiedFrom)] and run `gantry generate`.
[=text]
