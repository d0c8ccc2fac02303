## 合作伙伴无法打开的页面，以及可以改为执行的操作。仪表板菜单本身的标签在 main.ftl 中（shell-menu-*）。
nav-unavailable-role-title = 你的角色无法访问此页面
nav-unavailable-role-text = 你在组织中的角色无权访问此页面。如果需要访问，请让组织的全局管理员更改你的角色。
nav-unavailable-cloud-title = 此页面在此云中不可用
nav-unavailable-cloud-text-china = 此页面属于全球云中的合作伙伴中心，在由世纪互联运营的合作伙伴中心中不可用。
nav-unavailable-cloud-text-global = 此页面属于中国云中由世纪互联运营的合作伙伴中心，在合作伙伴中心中不可用。
nav-instead-heading = 你可以执行的操作
nav-instead-overview = 转到概述
nav-instead-home = 转到主页
nav-instead-enrollment-text = 你的组织尚未完成注册。
nav-instead-enrollment = 继续注册
nav-instead-ask-admin = 你的组织尚未完成注册，并且只有组织的全局管理员才能为其注册。请让全局管理员完成注册，然后重新登录。

## 组织仍在注册中、但当前用户无法在此为其注册时
nav-not-enrolled-title = 你的组织尚未注册
nav-not-here-text = 你的工作帐户已就绪，但你的组织需要先注册合作伙伴计划才能使用{ $app }，而此门户暂不提供注册。
nav-not-here-sign-out = 你现在可以注销。你的工作帐户会保留：此处提供注册后，请重新登录。
