<?php
echo "desk";
