# Written by `gantry init`; yours to edit.
# The passwords of the local environments: .env.example (generated, committed) lists what .env holds.
/.env
# What Composer and the application make: `composer install` and the images build them again.
/app/vendor/
/app/var/
/app/node_modules/
