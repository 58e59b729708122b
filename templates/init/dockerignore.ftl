# Written by `gantry init`; yours to edit. The images build from this folder: what is listed here
# never reaches them. vendor/ comes from the image's own `composer install`, never from the host's.
.git
.env
app/vendor
app/var
app/node_modules
app/.env.local
app/.env.*.local
