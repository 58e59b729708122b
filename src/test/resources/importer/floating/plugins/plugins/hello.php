<?php // a plugin
