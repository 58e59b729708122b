<?php

declare(strict_types=1);

// The worker service runs this (`command: [php, bin/worker.php]` in environment.yaml), and starts it
// again when it stops. Written by `gantry init`; do your background jobs in work().

require dirname(__DIR__) . '/vendor/autoload.php';

/** Does the next job, if there is one; says whether there was. */
function work(): bool
{
    return false;
}

// Stopping after an hour gives each run a fresh process: what jobs leak never piles up.
$stopAt = time() + 3600;
fwrite(STDERR, "worker: started\n");
while (time() < $stopAt) {
    if (!work()) {
        sleep(5);
    }
}
fwrite(STDERR, "worker: an hour has passed, stopping to be started again\n");
