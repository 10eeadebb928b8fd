"""Media on S3 for the tests: a local S3-compatible server (moto's), one bucket per test, and
the portal's default storage pointed at it as production's settings point it at a bucket.
A test module imports ``s3_endpoint_fixture`` and ``s3_media_fixture`` to use them."""

import hashlib
import uuid

import pytest

REGION = "us-east-1"
CREDENTIALS = {"aws_access_key_id": "kiem-thu", "aws_secret_access_key": "kiem-thu"}


@pytest.fixture(scope="session", name="s3_endpoint")
def s3_endpoint_fixture():
    from moto.server import ThreadedMotoServer

    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    yield f"http://{host}:{port}"
    server.stop()


class Bucket:
    def __init__(self, client, name):
        self.client = client
        self.name = name

    def checksums(self):
        listing = self.client.list_objects_v2(Bucket=self.name).get("Contents", [])
        return {
            entry["Key"]: hashlib.sha256(
                self.client.get_object(Bucket=self.name, Key=entry["Key"])["Body"].read()
            ).hexdigest()
            for entry in listing
        }

    def empty(self):
        for entry in self.client.list_objects_v2(Bucket=self.name).get("Contents", []):
            self.client.delete_object(Bucket=self.name, Key=entry["Key"])


def use_bucket(settings, endpoint, name):
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "storages.backends.s3.S3Storage",
            "OPTIONS": {
                "bucket_name": name,
                "endpoint_url": endpoint,
                "region_name": REGION,
                "access_key": CREDENTIALS["aws_access_key_id"],
                "secret_key": CREDENTIALS["aws_secret_access_key"],
                # As production has them (portal/settings.py).
                "querystring_auth": False,
                "file_overwrite": False,
            },
        },
    }


@pytest.fixture(name="s3_media")
def s3_media_fixture(s3_endpoint, settings):
    """The default storage on a fresh bucket of the local S3 server."""
    import boto3

    client = boto3.client("s3", endpoint_url=s3_endpoint, region_name=REGION, **CREDENTIALS)
    name = f"media-{uuid.uuid4().hex}"
    client.create_bucket(Bucket=name)
    use_bucket(settings, s3_endpoint, name)
    return Bucket(client, name)
