<?php echo "shop\n";
