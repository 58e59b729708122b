<?php echo "hello from php-stages\n";
