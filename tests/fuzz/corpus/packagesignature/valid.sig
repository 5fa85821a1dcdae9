{
    "signature": "dMm/kF7Ci2LY3pRknUqLBnk5lZs2Nv5pnjbASOZeWYEFvdHblWGpeuDzUCDcCbVBvCYToj0xmJLNjUDgOl5vDw==",
    "signer": "9Co0uwz+0DzKhAKKeSAxIUVdr7Rq3WdczRMDBx9Jpew="
}
