<?php echo "eZ Platform stand-in\n";
