"""Production configuration (nginx, gunicorn) and its local topology for the tests."""
