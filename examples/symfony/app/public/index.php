<?php
// Stands in for the application's front controller in this example.
echo 'Hello from Symfony on Gantry';
